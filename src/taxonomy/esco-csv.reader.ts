import { parse } from 'csv-parse';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { projectRoot } from '../common/project-root';

export const ESCO_DATA_DIR = join(projectRoot(), 'data', 'esco');

/**
 * Streams the rows of one shipped ESCO file as objects keyed by column name,
 * so a fuller extract with the same columns can replace the file without code changes.
 * Reads `<name>.csv.gz`, or a plain `<name>.csv` if one was dropped in instead.
 */
export async function* readEscoCsv(name: string, dataDir = ESCO_DATA_DIR): AsyncGenerator<Record<string, string>> {
  const plain = join(dataDir, `${name}.csv`);
  const source = existsSync(plain) ? createReadStream(plain) : createReadStream(join(dataDir, `${name}.csv.gz`)).pipe(createGunzip());
  const parser = source.pipe(parse({ columns: true, bom: true, relax_column_count: false, skip_empty_lines: true }));
  for await (const row of parser) yield row as Record<string, string>;
}

/** `a|b|c` → ['a','b','c'], empty cell → []. */
export const splitAltLabels = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
