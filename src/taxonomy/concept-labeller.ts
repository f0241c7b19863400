import { Injectable } from '@nestjs/common';
import { ShownConcept } from './dto/taxonomy.view';
import type { TaxonomyLanguage } from './entities/esco-label.entity';
import type { StoredConcept } from './stored-concept';
import { TaxonomyRepository, type ShownLabel } from './taxonomy.repository';

/** A skill or occupation as answered (the response class: dto/taxonomy.view.ts). */
export { ShownConcept };

/**
 * A concept exactly as stored. Stored ESCO labels are English preferred labels
 * (offers and profiles resolve with lang "en"); free text has no language.
 */
export function storedConcept(c: StoredConcept): ShownConcept {
  return { label: c.label, escoUri: c.escoUri, lang: c.escoUri ? 'en' : null };
}

/** The labels of one answer's concepts in one language, looked up together (see ConceptLabeller.labels). */
export class ConceptLabels {
  /** No lookup: every concept keeps its stored label. */
  static readonly STORED = new ConceptLabels(new Map());

  constructor(private readonly shown: ReadonlyMap<string, ShownLabel>) {}

  /** The concept in the requested language, English where ESCO lacks it; free text (and unknown URIs) as stored. */
  of(c: StoredConcept): ShownConcept {
    const shown = c.escoUri ? this.shown.get(c.escoUri) : undefined;
    return shown ? { label: shown.label, escoUri: c.escoUri, lang: shown.lang } : storedConcept(c);
  }

  all(concepts: readonly StoredConcept[]): ShownConcept[] {
    return concepts.map((c) => this.of(c));
  }

  /**
   * For texts that carry stored labels (e.g. a match explanation's skill
   * names): stored label → shown label, for the given concepts.
   */
  textMap(concepts: readonly StoredConcept[]): (storedLabel: string) => string {
    const map = new Map(concepts.map((c) => [c.label, this.of(c).label]));
    return (label) => map.get(label) ?? label;
  }
}

/**
 * Shows stored skills and occupations in the reader's language. One
 * `preferredLabels` query per answer: collect every concept of the page first.
 */
@Injectable()
export class ConceptLabeller {
  constructor(private readonly repository: TaxonomyRepository) {}

  async labels(concepts: Iterable<StoredConcept>, lang: TaxonomyLanguage): Promise<ConceptLabels> {
    const uris = new Set<string>();
    for (const c of concepts) if (c.escoUri) uris.add(c.escoUri);
    return new ConceptLabels(await this.repository.preferredLabels([...uris], lang));
  }

  async relabel(concepts: readonly StoredConcept[], lang: TaxonomyLanguage): Promise<ShownConcept[]> {
    return (await this.labels(concepts, lang)).all(concepts);
  }

  /** A page of views relabelled with one query: `concepts` lists a view's concepts, `apply` rebuilds it with the labels. */
  async relabelViews<T>(
    views: readonly T[],
    lang: TaxonomyLanguage,
    concepts: (view: T) => readonly StoredConcept[],
    apply: (view: T, labels: ConceptLabels) => T,
  ): Promise<T[]> {
    const labels = await this.labels(views.flatMap(concepts), lang);
    return views.map((v) => apply(v, labels));
  }
}
