import type { HallCategory, IpType, Region } from '@pavilion/shared';

/** A hall theme's colours: the 3D scene and the lobby cards use the same set. */
export interface HallTheme {
  accent: string;
  accentSoft: string;
  floor: string;
  carpet: string;
  wall: string;
  sky: string;
  fog: string;
}

/** One look per hall category, so each hall is recognisable at a glance. */
export const HALL_THEMES: Record<HallCategory, HallTheme> = {
  patent: {
    accent: '#3d8bfd',
    accentSoft: '#a9c8ff',
    floor: '#cfd6df',
    carpet: '#26456e',
    wall: '#f4f6f9',
    sky: '#dfe8f3',
    fog: '#dfe8f3',
  },
  trademark: {
    accent: '#e8772e',
    accentSoft: '#ffc9a1',
    floor: '#ddd4cb',
    carpet: '#6b2e1f',
    wall: '#fbf7f2',
    sky: '#f3e6da',
    fog: '#f3e6da',
  },
  copyright: {
    accent: '#9b5de5',
    accentSoft: '#d8c1f7',
    floor: '#d6d1dd',
    carpet: '#3d2462',
    wall: '#f7f4fb',
    sky: '#e8e0f2',
    fog: '#e8e0f2',
  },
  regional: {
    accent: '#14a37f',
    accentSoft: '#a6e6d3',
    floor: '#cfdad5',
    carpet: '#134e42',
    wall: '#f3f8f6',
    sky: '#dcebe5',
    fog: '#dcebe5',
  },
  international: {
    accent: '#d99a1e',
    accentSoft: '#f5dca4',
    floor: '#d3d6dc',
    carpet: '#1d2b4f',
    wall: '#f6f6f3',
    sky: '#e3e6ee',
    fog: '#e3e6ee',
  },
};

/** The colour of each IP type (stands, minimap, chips). */
export const IP_TYPE_COLORS: Record<IpType, string> = {
  patent: '#2f80ed',
  trademark: '#f2994a',
  copyright: '#9b51e0',
};

/** The colour of each region badge. */
export const REGION_COLORS: Record<Region, string> = {
  GD: '#e4572e',
  HK: '#c81d4e',
  MO: '#16a085',
  MAINLAND: '#d4a017',
  OVERSEAS: '#2e86de',
};
