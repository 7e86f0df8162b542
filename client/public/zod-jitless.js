// Runs before the app's modules (a classic script runs before deferred module scripts). zod compiles fast parsers
// with `new Function` after probing whether eval is allowed; under the app's Content-Security-Policy
// (script-src 'self', no 'unsafe-eval') that probe is a violation the browser reports on every page. Setting
// zod's global config before zod loads makes it use its interpreter and never probe.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
