/** Test helper (not shipped; reads the disk): every language folder under `src/locales`, as i18next resources. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Resource } from 'i18next';

const LOCALES = fileURLToPath(new URL('../locales', import.meta.url));

/** `{ [lng]: { [namespace]: json } }` for every folder in `src/locales`. */
export function localeResources(): Resource {
  return Object.fromEntries(
    readdirSync(LOCALES).map((lng) => [
      lng,
      Object.fromEntries(
        readdirSync(join(LOCALES, lng))
          .filter((file) => file.endsWith('.json'))
          .map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(LOCALES, lng, file), 'utf8'))]),
      ),
    ]),
  );
}
