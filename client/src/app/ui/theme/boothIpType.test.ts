import { dominantIpType, standTypes } from './boothIpType';

describe('booth IP type', () => {
  test('a booth is styled by the IP type it shows most, whatever hall it stands in', () => {
    expect(dominantIpType({ patent: 1, trademark: 4, copyright: 2 })).toBe('trademark');
    expect(dominantIpType({ patent: 0, trademark: 0, copyright: 3 })).toBe('copyright');
  });

  test('a tie goes to the earlier type (patent, trademark, copyright); an empty booth has no type', () => {
    expect(dominantIpType({ patent: 2, trademark: 2, copyright: 0 })).toBe('patent');
    expect(dominantIpType({ patent: 0, trademark: 0, copyright: 0 })).toBeNull();
    expect(dominantIpType(undefined)).toBeNull();
  });

  test('stands show the real mix in proportion, the most shown type first', () => {
    expect(standTypes({ patent: 5, trademark: 1, copyright: 0 }, 3)).toEqual(['patent', 'patent', 'trademark']);
    expect(standTypes({ patent: 1, trademark: 1, copyright: 1 }, 3)).toEqual(['patent', 'trademark', 'copyright']);
    expect(standTypes({ patent: 0, trademark: 0, copyright: 9 }, 3)).toEqual(['copyright', 'copyright', 'copyright']);
    expect(standTypes({ patent: 1, trademark: 0, copyright: 0 }, 1)).toEqual(['patent']);
  });

  test('every stand gets a type, and no type is invented for a booth that does not show it', () => {
    const types = standTypes({ patent: 10, trademark: 0, copyright: 1 }, 3);
    expect(types).toHaveLength(3);
    expect(types).not.toContain('trademark');
    expect(standTypes({ patent: 0, trademark: 0, copyright: 0 }, 3)).toEqual([]);
  });
});
