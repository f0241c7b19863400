import type { IndexDefinition } from '../search/search-engine.service';

export const TAXONOMY_INDEX = 'taxonomy';

/** One document per ESCO concept and language; the labels are what autocomplete and fuzzy resolution search. */
export interface TaxonomyLabelDocument {
  id: string;
  conceptUri: string;
  kind: 'occupation' | 'skill';
  lang: 'de' | 'en' | 'pl' | 'cs';
  labels: string[];
}

export const taxonomyIndexDefinition: IndexDefinition = {
  name: TAXONOMY_INDEX,
  primaryKey: 'id',
  settings: {
    searchableAttributes: ['labels'],
    filterableAttributes: ['kind', 'lang', 'conceptUri'],
    displayedAttributes: ['conceptUri', 'kind', 'lang', 'labels'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'exactness'],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    pagination: { maxTotalHits: 200 },
  },
};

/** Meilisearch ids allow only letters, digits, - and _: the URI's last segment is a UUID. */
export function taxonomyDocumentId(conceptUri: string, lang: string): string {
  const tail = conceptUri.slice(conceptUri.lastIndexOf('/') + 1).replace(/[^a-zA-Z0-9_-]/g, '_');
  const kind = conceptUri.includes('/occupation/') ? 'o' : 's';
  return `${kind}_${tail}_${lang}`;
}
