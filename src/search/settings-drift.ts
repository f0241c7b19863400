import type { Settings } from 'meilisearch';

/** Settings whose order carries no meaning: compared as sets. */
const UNORDERED = new Set(['filterableAttributes', 'sortableAttributes', 'displayedAttributes', 'stopWords']);

/**
 * True when the index's current settings differ from what the code declares.
 * Only declared keys count (Meilisearch answers every setting, with defaults),
 * and within objects only declared fields. Updating settings makes Meilisearch
 * re-process every document, so start-up applies them only on a real change.
 */
export function settingsDiffer(declared: Settings, current: Settings): boolean {
  return Object.entries(declared).some(([key, value]) => differs(value, (current as Record<string, unknown>)[key], UNORDERED.has(key)));
}

function differs(declared: unknown, current: unknown, unordered = false): boolean {
  if (Array.isArray(declared)) {
    if (!Array.isArray(current) || declared.length !== current.length) return true;
    if (unordered) {
      const have = new Set(current.map((v) => JSON.stringify(v)));
      return declared.some((v) => !have.has(JSON.stringify(v)));
    }
    return declared.some((v, i) => differs(v, current[i]));
  }
  if (declared !== null && typeof declared === 'object') {
    if (current === null || typeof current !== 'object') return true;
    return Object.entries(declared).some(([k, v]) => differs(v, (current as Record<string, unknown>)[k]));
  }
  return declared !== current;
}
