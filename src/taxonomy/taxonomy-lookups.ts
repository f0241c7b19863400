import { Injectable } from '@nestjs/common';
import { TtlCache } from '../common/ttl-cache';
import { ConceptLabels } from './concept-labeller';
import type { ConceptKind, TaxonomyLanguage } from './entities/esco-label.entity';
import type { StoredConcept } from './stored-concept';
import { TaxonomyRepository, type ShownLabel } from './taxonomy.repository';
import { ResolvedConcept, TaxonomyService } from './taxonomy.service';

/**
 * ESCO is reference data: it changes only when `taxonomy:import` runs (a
 * release of the classification, a few times a year). An answer up to this
 * old is still the right one for a search; after a re-import, searches see
 * the new labels within this time at the latest.
 */
const REFERENCE_TTL_MS = 5 * 60_000;
const MAX_RESOLUTIONS = 5_000;
const MAX_LABELS = 50_000;

/**
 * The taxonomy lookups of the search routes (skill resolution of the
 * filter, labels of the page in the reader's language), cached in-process
 * so a search does not spend two or three PostgreSQL round trips (and,
 * for a typo, a Meilisearch query) on reference data it asked for a moment
 * ago. Only searches use it; writes resolve through TaxonomyService directly.
 */
@Injectable()
export class TaxonomyLookups {
  private readonly resolutions = new TtlCache<string, ResolvedConcept>(REFERENCE_TTL_MS, MAX_RESOLUTIONS);
  /** `lang|uri` → the label shown, or null when ESCO has none (also worth remembering). */
  private readonly labelsByUri = new TtlCache<string, ShownLabel | null>(REFERENCE_TTL_MS, MAX_LABELS);

  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly repository: TaxonomyRepository,
  ) {}

  /** TaxonomyService.resolve (each input is resolved on its own), remembered per input. */
  async resolve(kind: ConceptKind, inputs: string[], lang: TaxonomyLanguage = 'en'): Promise<ResolvedConcept[]> {
    const key = (input: string) => `${kind}|${lang}|${input}`;
    const missing = [...new Set(inputs.filter((input) => this.resolutions.get(key(input)) === undefined))];
    if (missing.length) {
      const resolved = await this.taxonomy.resolve(kind, missing, lang);
      missing.forEach((input, i) => this.resolutions.set(key(input), resolved[i]));
    }
    return inputs.map((input) => this.resolutions.get(key(input)) ?? { label: input, escoUri: null, lang: null });
  }

  /** ConceptLabeller.labels, remembered per concept and language. */
  async labels(concepts: Iterable<StoredConcept>, lang: TaxonomyLanguage): Promise<ConceptLabels> {
    const key = (uri: string) => `${lang}|${uri}`;
    const shown = new Map<string, ShownLabel>();
    const missing = new Set<string>();
    for (const { escoUri } of concepts) {
      if (!escoUri || shown.has(escoUri) || missing.has(escoUri)) continue;
      const cached = this.labelsByUri.get(key(escoUri));
      if (cached === undefined) missing.add(escoUri);
      else if (cached) shown.set(escoUri, cached);
    }
    if (missing.size) {
      const fetched = await this.repository.preferredLabels([...missing], lang);
      for (const uri of missing) {
        const label = fetched.get(uri) ?? null;
        this.labelsByUri.set(key(uri), label);
        if (label) shown.set(uri, label);
      }
    }
    return new ConceptLabels(shown);
  }
}
