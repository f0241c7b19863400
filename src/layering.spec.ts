import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The layering of src/, bottom to top. A folder may import only folders of
 * lower layers; folders of one layer are independent of each other. A lower
 * feature that must let a higher one react declares a hook (common/hooks).
 */
const LAYERS: readonly (readonly string[])[] = [
  ['config'],
  ['common'],
  ['infrastructure'],
  ['mail'],
  ['auth'],
  ['notifications'],
  ['search'],
  ['residence-law'],
  ['audit-log', 'taxonomy', 'blue-card-thresholds'],
  ['places'],
  ['employers'],
  ['job-offers', 'candidates'],
  ['consent'],
  ['matching', 'saved-searches'],
  ['moderation', 'health', 'statistics', 'web'],
  ['(root)'],
  ['cli'],
];

const SRC = resolve(__dirname);
const layerOf = new Map(LAYERS.flatMap((folders, rank) => folders.map((folder) => [folder, rank] as const)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Top-level folder of a file under src/ ("(root)" for main.ts, app.module.ts, …). */
function folderOf(file: string): string {
  const parts = relative(SRC, file).split(sep);
  return parts.length > 1 ? parts[0] : '(root)';
}

const IMPORT = /(?:from\s+|import\(\s*|require\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function folderImports(): { from: string; to: string; file: string }[] {
  return sourceFiles(SRC).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(IMPORT)]
      .map((match) => ({ from: folderOf(file), to: folderOf(resolve(dirname(file), match[1])), file: relative(SRC, file) }))
      .filter((edge) => edge.from !== edge.to && resolve(dirname(join(SRC, edge.file)), '.').startsWith(SRC)),
  );
}

describe('src/ layering', () => {
  const edges = folderImports();

  it('places every top-level folder of src/ in a layer', () => {
    const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
    expect(folders.filter((folder) => !layerOf.has(folder))).toEqual([]);
  });

  it('has no folder importing a folder of its own or a higher layer', () => {
    const violations = edges
      .filter((edge) => (layerOf.get(edge.to) ?? Infinity) >= (layerOf.get(edge.from) ?? -1))
      .map((edge) => `${edge.file} imports ${edge.to} (layer ${layerOf.get(edge.to)}) from ${edge.from} (layer ${layerOf.get(edge.from)})`);
    expect([...new Set(violations)]).toEqual([]);
  });

  it('has no two folders importing each other', () => {
    const pairs = new Set(edges.map((edge) => `${edge.from}->${edge.to}`));
    const cycles = [...pairs].filter((pair) => {
      const [from, to] = pair.split('->');
      return pairs.has(`${to}->${from}`);
    });
    expect(cycles).toEqual([]);
  });

  it('sees the imports it judges (the scan is not empty)', () => {
    expect(edges.some((edge) => edge.from === 'job-offers' && edge.to === 'employers')).toBe(true);
  });
});
