// Prints the size of the built app (web/dist/assets) as shipped: raw and gzip, per file and in total.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const assets = resolve(dirname(fileURLToPath(import.meta.url)), '../dist/assets');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const totals = {};
for (const name of readdirSync(assets).sort()) {
  const ext = name.split('.').pop();
  if (!['js', 'css'].includes(ext)) continue;
  const raw = readFileSync(join(assets, name));
  const gzip = gzipSync(raw, { level: 9 }).length;
  totals[ext] ??= { raw: 0, gzip: 0, files: 0 };
  totals[ext].raw += raw.length;
  totals[ext].gzip += gzip;
  totals[ext].files += 1;
  console.log(`${name.padEnd(48)} ${kb(raw.length).padStart(11)} ${kb(gzip).padStart(11)} gzip`);
}
for (const [ext, t] of Object.entries(totals)) console.log(`total ${ext} (${t.files} files): ${kb(t.raw)}, ${kb(t.gzip)} gzip`);
