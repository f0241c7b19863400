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

// What the first page load fetches: the files index.html names (entry, preloads, CSS); the rest loads on demand.
const html = readFileSync(resolve(assets, '../index.html'), 'utf8');
const first = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const bytes = first.map((name) => readFileSync(join(assets, name)));
const raw = bytes.reduce((sum, b) => sum + b.length, 0);
const gzip = bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
console.log(`first load (${first.length} files named by index.html): ${kb(raw)}, ${kb(gzip)} gzip`);
