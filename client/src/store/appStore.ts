import { create } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { type AuthSlice, createAuthSlice } from './authSlice';
import { type BoothRoomSlice, createBoothRoomSlice } from './boothRoomSlice';
import { type ChatSlice, createChatSlice } from './chatSlice';
import { type ConnectionSlice, createConnectionSlice } from './connectionSlice';
import { defaultDeps, type StoreDeps } from './deps';
import { createExpoSlice, type ExpoSlice } from './expoSlice';
import { createHallSlice, type HallSlice } from './hallSlice';

/** The whole client state: one store made of feature slices. */
export type AppState = AuthSlice & ExpoSlice & HallSlice & BoothRoomSlice & ChatSlice & ConnectionSlice;

function slices(deps: StoreDeps) {
  return (...a: Parameters<ReturnType<typeof createAuthSlice>>): AppState => ({
    ...createAuthSlice(deps)(...a),
    ...createExpoSlice(deps)(...a),
    ...createHallSlice(deps)(...a),
    ...createBoothRoomSlice(deps)(...a),
    ...createChatSlice(deps)(...a),
    ...createConnectionSlice(...a),
  });
}

/** A standalone store (tests build one against an in-memory server). */
export function createAppStore(deps: StoreDeps) {
  return createStore<AppState>()(slices(deps));
}

/** The app's bound store hook; select narrowly: `useAppStore((s) => s.user)`. */
export const useAppStore = create<AppState>()(slices(defaultDeps));
