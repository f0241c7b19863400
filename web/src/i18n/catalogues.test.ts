import { describe, expect, it } from 'vitest';
import cs from './cs.json';
import de from './de.json';
import en from './en.json';
import pl from './pl.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf key as a dotted path; plural forms (_one, _few, …) count as their base key. */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [path.replace(/_(zero|one|two|few|many|other)$/, '')] : keys(value, path);
  });
}
const unique = (tree: Tree) => [...new Set(keys(tree))].sort();

/** What Polish and Czech may leave to the English fallback: the employer and staff pages. */
const NOT_GRADUATE_FACING = /^pages\.(employer|staff)\./;

describe('translation catalogues', () => {
  it('German and English have exactly the same keys', () => {
    expect(unique(de)).toEqual(unique(en));
  });

  it.each([
    ['pl', pl],
    ['cs', cs],
  ])('%s has every graduate-facing key of English and no key English lacks', (_, catalogue) => {
    const english = unique(en);
    expect(english.filter((key) => !NOT_GRADUATE_FACING.test(key) && !unique(catalogue).includes(key))).toEqual([]);
    expect(unique(catalogue).filter((key) => !english.includes(key))).toEqual([]);
  });

  it('has no empty text and the same placeholders as English', () => {
    const english = new Map(Object.entries(flat(en)));
    for (const catalogue of [de, pl, cs]) {
      for (const [key, text] of Object.entries(flat(catalogue))) {
        expect(text.trim(), key).not.toBe('');
        const base = english.get(key) ?? english.get(key.replace(/_(few|many)$/, '_other'));
        if (base !== undefined) expect(placeholders(text), key).toEqual(placeholders(base));
      }
    }
  });
});

function flat(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      return typeof value === 'string' ? [[path, value]] : Object.entries(flat(value, path));
    }),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
}
