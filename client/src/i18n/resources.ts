/**
 * The English strings, bundled with the app (every other language is fetched on demand from
 * `src/locales/<lng>/`). They are also the reference: `i18next.d.ts` types every key from them.
 */
import account from '../locales/en/account.json';
import auctions from '../locales/en/auctions.json';
import auth from '../locales/en/auth.json';
import booth from '../locales/en/booth.json';
import chat from '../locales/en/chat.json';
import common from '../locales/en/common.json';
import dataroom from '../locales/en/dataroom.json';
import deals from '../locales/en/deals.json';
import exhibitor from '../locales/en/exhibitor.json';
import expoSearch from '../locales/en/expoSearch.json';
import favourites from '../locales/en/favourites.json';
import hall from '../locales/en/hall.json';
import lobby from '../locales/en/lobby.json';
import meetings from '../locales/en/meetings.json';
import needs from '../locales/en/needs.json';
import negotiations from '../locales/en/negotiations.json';
import organizer from '../locales/en/organizer.json';
import people from '../locales/en/people.json';
import programme from '../locales/en/programme.json';
import search from '../locales/en/search.json';
import sessions from '../locales/en/sessions.json';
import stats from '../locales/en/stats.json';

/** Every namespace, English text: the shape every language folder must match. */
export const en = {
  account,
  auctions,
  auth,
  booth,
  chat,
  common,
  dataroom,
  deals,
  exhibitor,
  favourites,
  expoSearch,
  hall,
  lobby,
  meetings,
  needs,
  negotiations,
  organizer,
  people,
  programme,
  search,
  sessions,
  stats,
};

/** One folder of JSON files per language, one file per namespace. */
export type Namespace = keyof typeof en;
export const NAMESPACES = Object.keys(en) as Namespace[];

/** A contract error code with its own sentence under `common:errors`. */
type ErrorStrings = typeof en.common.errors;
export type ErrorCode = { [K in keyof ErrorStrings]: ErrorStrings[K] extends string ? K : never }[keyof ErrorStrings];
