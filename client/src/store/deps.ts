import { rest } from '../net/rest';

/** What the store needs from the network: the REST half of the gateway (tests pass an in-memory server). */
export type StoreDeps = { rest: Pick<typeof rest, 'me' | 'login' | 'register' | 'logout' | 'expo' | 'hall' | 'booth' | 'stats'> };

export const defaultDeps: StoreDeps = { rest };
