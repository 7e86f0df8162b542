// npm run build: compile shared + server and build the web client (only what is stale).
import { buildStale } from './lib.mjs';

await buildStale();
