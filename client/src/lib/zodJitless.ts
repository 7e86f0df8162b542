import { z } from 'zod';

// zod compiles fast parsers with `new Function` after probing whether eval works; under the app's
// Content-Security-Policy (script-src 'self', no 'unsafe-eval') that probe is a CSP violation the browser reports
// on every page. The browser parses little, so it runs zod's plain interpreter instead and never probes.
// Imported first by main.tsx, before any schema parses.
z.config({ jitless: true });
