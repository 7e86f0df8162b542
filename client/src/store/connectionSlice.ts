import type { StateCreator } from 'zustand';
import type { ConnectionState } from '../net/socket';
import type { AppState } from './appStore';

/** The live connection's state, for the "reconnecting…" banner. */
export interface ConnectionSlice {
  connection: ConnectionState;
  setConnection: (state: ConnectionState) => void;
}

export const createConnectionSlice: StateCreator<AppState, [], [], ConnectionSlice> = (set, get) => ({
  connection: 'connecting',
  setConnection: (connection) => {
    if (get().connection !== connection) set({ connection });
  },
});
