import { Injectable } from '@nestjs/common';
import { SearchEngineService } from '../search/search-engine.service';
import { SearchUnavailableError } from '../search/search.errors';
import type { AutocompleteItem, OccupationSkillsResponse } from './dto/taxonomy.view';
import type { ConceptKind, TaxonomyLanguage } from './entities/esco-label.entity';
import { normalizeLabel } from './label-normalizer';
import { allowedTypos, editDistance, withinEditDistance } from './string-distance';
import { TAXONOMY_INDEX, TaxonomyLabelDocument } from './taxonomy.index';
import { OccupationNotFoundError } from './taxonomy.errors';
import { TaxonomyRepository } from './taxonomy.repository';

const ESCO_URI = /^http:\/\/data\.europa\.eu\/esco\/(occupation|skill)\/[0-9a-f-]{36}$/;

/** What the API answers for a skill or occupation: an ESCO concept, or the user's own words kept as free text. */
export interface ResolvedConcept {
  label: string;
  escoUri: string | null;
  /** Language of `label` (for free text: null). */
  lang: TaxonomyLanguage | null;
}

@Injectable()
export class TaxonomyService {
  constructor(
    private readonly repository: TaxonomyRepository,
    private readonly search: SearchEngineService,
  ) {}

  /**
   * Resolves each input (any case, gender form or diacritics, de/en/pl/cs, or an
   * ESCO URI) to a concept: exact and alternative labels first, then a
   * typo-tolerant match. What cannot be resolved stays free text: never dropped.
   */
  async resolve(kind: ConceptKind, inputs: string[], lang: TaxonomyLanguage = 'en'): Promise<ResolvedConcept[]> {
    const cleaned = inputs.map((i) => i.trim().replace(/\s+/g, ' '));
    const uris = cleaned.filter((i) => ESCO_URI.test(i));
    const known = await this.repository.existingConcepts(kind, uris);
    const exact = await this.repository.conceptsByNormalizedLabel(kind, cleaned.map(normalizeLabel));
    const conceptOf = new Map<string, string>();
    for (const input of cleaned) {
      if (known.has(input)) conceptOf.set(input, input);
      else {
        const match = exact.get(normalizeLabel(input));
        if (match) conceptOf.set(input, match.conceptUri);
      }
    }
    for (const input of cleaned) {
      if (conceptOf.has(input) || ESCO_URI.test(input)) continue;
      const fuzzy = await this.fuzzyConcept(kind, input);
      if (fuzzy) conceptOf.set(input, fuzzy);
    }
    const labels = await this.repository.preferredLabels([...new Set(conceptOf.values())], lang);
    return cleaned.map((input) => {
      const uri = conceptOf.get(input);
      const shown = uri ? labels.get(uri) : undefined;
      return uri && shown ? { label: shown.label, escoUri: uri, lang: shown.lang } : { label: input, escoUri: null, lang: null };
    });
  }

  /** Typo-tolerant prefix search across all four languages; labels shown in `lang` (English where missing). */
  async autocomplete(kind: ConceptKind, q: string, lang: TaxonomyLanguage, limit: number): Promise<AutocompleteItem[]> {
    if (!q.trim()) return [];
    const hits = await this.search.search<TaxonomyLabelDocument & Record<string, unknown>>(TAXONOMY_INDEX, q, {
      filter: `kind = "${kind}"`,
      limit: limit * 4,
    });
    const seen = new Set<string>();
    const picked: { uri: string; matchedLabel: string }[] = [];
    for (const hit of hits.hits) {
      if (seen.has(hit.conceptUri)) continue;
      seen.add(hit.conceptUri);
      picked.push({ uri: hit.conceptUri, matchedLabel: closestLabel(q, hit.labels) });
      if (picked.length === limit) break;
    }
    const shown = await this.repository.preferredLabels(
      picked.map((p) => p.uri),
      lang,
    );
    return picked.flatMap((p) => {
      const label = shown.get(p.uri);
      return label ? [{ escoUri: p.uri, label: label.label, matchedLabel: p.matchedLabel, lang: label.lang }] : [];
    });
  }

  async occupationSkills(occupationUri: string, lang: TaxonomyLanguage): Promise<OccupationSkillsResponse> {
    if (!(await this.repository.occupationExists(occupationUri))) throw new OccupationNotFoundError();
    const links = await this.repository.skillsOfOccupation(occupationUri);
    const labels = await this.repository.preferredLabels(
      links.map((l) => l.skillUri),
      lang,
    );
    const view = (relation: 'essential' | 'optional') =>
      links
        .filter((l) => l.relation === relation)
        .map((l) => ({
          escoUri: l.skillUri,
          label: labels.get(l.skillUri)?.label ?? l.skillUri,
          lang: labels.get(l.skillUri)?.lang ?? 'en',
        }))
        .sort((a, b) => a.label.localeCompare(b.label));
    const occupation = (await this.repository.preferredLabels([occupationUri], lang)).get(occupationUri)!;
    return { occupation: { escoUri: occupationUri, ...occupation }, essential: view('essential'), optional: view('optional') };
  }

  /**
   * The best typo-tolerant hit, accepted only when one of its labels is within
   * the typos Meilisearch itself would allow for the whole input; otherwise the
   * input stays free text rather than becoming a wrong concept.
   */
  private async fuzzyConcept(kind: ConceptKind, input: string): Promise<string | null> {
    const key = normalizeLabel(input);
    if (key.length < 4) return null;
    const typos = allowedTypos(key.length);
    try {
      const { hits } = await this.search.search<TaxonomyLabelDocument & Record<string, unknown>>(TAXONOMY_INDEX, input, {
        filter: `kind = "${kind}"`,
        limit: 5,
      });
      for (const hit of hits) {
        if (hit.labels.some((l) => editDistance(normalizeLabel(l), key) <= typos)) return hit.conceptUri;
      }
      return null;
    } catch (error) {
      // Saving a profile or an offer must not fail because search is down: the same rule (whole label
      // within the allowed typos) over PostgreSQL's labels, the closest first.
      if (!(error instanceof SearchUnavailableError)) throw error;
      return this.closestStoredConcept(kind, key, typos);
    }
  }

  private async closestStoredConcept(kind: ConceptKind, key: string, typos: number): Promise<string | null> {
    if (typos === 0) return null;
    let best: { uri: string; distance: number } | null = null;
    for (const label of await this.repository.labelsOfLength(kind, key.length - typos, key.length + typos)) {
      if (!withinEditDistance(label.normalized, key, typos)) continue;
      const distance = editDistance(label.normalized, key);
      if (!best || distance < best.distance) best = { uri: label.conceptUri, distance };
    }
    return best?.uri ?? null;
  }
}

/** The label of a hit that the query matched best (for "matchedLabel"). */
function closestLabel(q: string, labels: string[]): string {
  const key = normalizeLabel(q);
  let best = labels[0];
  let bestScore = Number.POSITIVE_INFINITY;
  for (const label of labels) {
    const norm = normalizeLabel(label);
    const score = norm.startsWith(key) ? norm.length / 1000 : norm.includes(key) ? 1 : editDistance(norm.slice(0, key.length), key) + 2;
    if (score < bestScore) {
      best = label;
      bestScore = score;
    }
  }
  return best;
}
