/**
 * Writes the traditional Chinese title (`zhHant`, Hong Kong standard) of every IPC, Nice and Locarno entry in
 * `src/classification/*.json`, converted from its simplified title (`zh`) by OpenCC's `cn` → `hk` table.
 *
 * The converted JSON is committed, so the runtime reads a plain field and never carries a converter. Run it after
 * changing any `zh` title: `npm run classification:zh-hant -w shared`. `--check` only reports entries whose
 * `zhHant` is missing or stale, and exits non-zero when there are any.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { Converter, CustomConverter } from 'opencc-js';

const SCHEMES = ['ipc', 'nice', 'locarno'];
const cnToHk = Converter({ from: 'cn', to: 'hk' });
/**
 * Where one simplified character stands for several traditional ones, OpenCC's phrase table sometimes picks the
 * wrong one for this vocabulary (對錶面 is "to the watch face", 幹法 is not "dry process"); these phrases set them
 * right after the conversion. Add one here (never edit `zhHant` by hand) when a review finds another.
 */
const patentVocabulary = CustomConverter([
  ['對錶面', '對表面'],
  ['方法制造', '方法製造'],
  ['女服制作', '女服製作'],
  ['金屬壓制', '金屬壓製'],
  ['壓制金屬', '壓製金屬'],
  ['制桶', '製桶'],
  ['制皂', '製皂'],
  ['幹法', '乾法'],
  ['幹船塢', '乾船塢'],
  ['催幹劑', '催乾劑'],
  ['鐘或表', '鐘或錶'],
  ['鍾、表', '鐘、錶'],
]);
const toHongKong = (simplified) => patentVocabulary(cnToHk(simplified));
const checkOnly = process.argv.includes('--check');

let stale = 0;
for (const scheme of SCHEMES) {
  const file = new URL(`../src/classification/${scheme}.json`, import.meta.url);
  const entries = JSON.parse(await readFile(file, 'utf8'));
  const written = entries.map((entry) => {
    if (typeof entry.zh !== 'string' || entry.zh === '') throw new Error(`${scheme} ${entry.code} has no simplified Chinese title`);
    const zhHant = toHongKong(entry.zh);
    if (entry.zhHant !== zhHant) stale += 1;
    return { code: entry.code, en: entry.en, zh: entry.zh, zhHant };
  });
  if (!checkOnly) await writeFile(file, `${JSON.stringify(written, null, 2)}\n`);
}
if (checkOnly && stale > 0) {
  console.error(`${stale} traditional titles are missing or stale: run npm run classification:zh-hant -w shared`);
  process.exitCode = 1;
} else {
  console.log(checkOnly ? 'traditional titles are up to date' : `traditional titles written (${stale} changed)`);
}
