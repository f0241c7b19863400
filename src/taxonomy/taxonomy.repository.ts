import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ConceptKind, TaxonomyLanguage } from './entities/esco-label.entity';

export interface LabelMatch {
  normalized: string;
  conceptUri: string;
  lang: TaxonomyLanguage;
  label: string;
}

export interface ShownLabel {
  label: string;
  lang: TaxonomyLanguage;
}

/** Read queries over the ESCO reference tables. */
@Injectable()
export class TaxonomyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Best concept per lookup key. A preferred label beats an alternative one;
   * among concepts sharing an alternative label ("programista" is one of both
   * "software developer" and "games programmer") the more general concept wins,
   * judged by the shorter English preferred label; then the URI, so the same
   * input always gives the same concept.
   */
  async conceptsByNormalizedLabel(kind: ConceptKind, keys: string[]): Promise<Map<string, LabelMatch>> {
    if (!keys.length) return new Map();
    const rows: LabelMatch[] = await this.dataSource.query(
      `SELECT DISTINCT ON (l.normalized) l.normalized, l.concept_uri AS "conceptUri", l.lang, l.label
         FROM esco_labels l
         LEFT JOIN esco_labels en ON en.concept_uri = l.concept_uri AND en.lang = 'en' AND en.preferred
        WHERE l.kind = $1 AND l.normalized = ANY($2::text[])
        ORDER BY l.normalized, l.preferred DESC, length(en.label), l.concept_uri, l.lang`,
      [kind, keys],
    );
    return new Map(rows.map((r) => [r.normalized, r]));
  }

  /**
   * Labels whose normalised form is between `minLength` and `maxLength` characters, preferred ones first:
   * the candidates of the typo-tolerant match when Meilisearch cannot answer (a scan, used only then).
   */
  async labelsOfLength(kind: ConceptKind, minLength: number, maxLength: number): Promise<{ normalized: string; conceptUri: string }[]> {
    return this.dataSource.query(
      `SELECT DISTINCT ON (normalized) normalized, concept_uri AS "conceptUri"
         FROM esco_labels
        WHERE kind = $1 AND length(normalized) BETWEEN $2 AND $3
        ORDER BY normalized, preferred DESC, concept_uri`,
      [kind, minLength, maxLength],
    );
  }

  async existingConcepts(kind: ConceptKind, uris: string[]): Promise<Set<string>> {
    if (!uris.length) return new Set();
    const table = kind === 'occupation' ? 'esco_occupations' : 'esco_skills';
    const rows: { uri: string }[] = await this.dataSource.query(`SELECT uri FROM ${table} WHERE uri = ANY($1::text[])`, [uris]);
    return new Set(rows.map((r) => r.uri));
  }

  /** Preferred label of each concept in `lang`, falling back to English (the `lang` says which was shown). */
  async preferredLabels(uris: string[], lang: TaxonomyLanguage): Promise<Map<string, ShownLabel>> {
    if (!uris.length) return new Map();
    const rows: { conceptUri: string; label: string; lang: TaxonomyLanguage }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (concept_uri) concept_uri AS "conceptUri", label, lang
         FROM esco_labels
        WHERE concept_uri = ANY($1::text[]) AND preferred AND lang IN ($2, 'en')
        ORDER BY concept_uri, (lang = $2) DESC, id`,
      [uris, lang],
    );
    return new Map(rows.map((r) => [r.conceptUri, { label: r.label, lang: r.lang }]));
  }

  /** Every label of the given concepts in all languages (searchable text for candidate and offer documents). */
  async allLabels(uris: string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>();
    if (!uris.length) return result;
    const rows: { conceptUri: string; label: string }[] = await this.dataSource.query(
      `SELECT DISTINCT concept_uri AS "conceptUri", label FROM esco_labels WHERE concept_uri = ANY($1::text[]) ORDER BY 1, 2`,
      [uris],
    );
    for (const r of rows) result.set(r.conceptUri, [...(result.get(r.conceptUri) ?? []), r.label]);
    return result;
  }

  /**
   * Related skills of `uris` for the scorer: each skill with its directly
   * broader and narrower skills (ESCO skill → skill relations; groups never
   * count). The map holds both directions of every relation that touches one of
   * `uris`, so a lookup from either side finds it.
   */
  async relatedSkills(uris: string[]): Promise<Map<string, string[]>> {
    const related = new Map<string, string[]>();
    if (!uris.length) return related;
    const rows: { narrower: string; broader: string }[] = await this.dataSource.query(
      `SELECT skill_uri AS narrower, broader_uri AS broader FROM esco_skill_broader
        WHERE broader_type = 'skill' AND (skill_uri = ANY($1::text[]) OR broader_uri = ANY($1::text[]))
        ORDER BY 1, 2`,
      [uris],
    );
    const link = (from: string, to: string) => related.set(from, [...(related.get(from) ?? []), to]);
    for (const { narrower, broader } of rows) {
      link(narrower, broader);
      link(broader, narrower);
    }
    return related;
  }

  async occupationExists(uri: string): Promise<boolean> {
    return (await this.existingConcepts('occupation', [uri])).has(uri);
  }

  async skillsOfOccupation(uri: string): Promise<{ skillUri: string; relation: 'essential' | 'optional' }[]> {
    return this.dataSource.query(
      `SELECT skill_uri AS "skillUri", relation FROM esco_occupation_skills WHERE occupation_uri = $1 ORDER BY relation, skill_uri`,
      [uri],
    );
  }

  async iscoCodeOf(occupationUri: string): Promise<string | null> {
    const [row] = await this.dataSource.query('SELECT isco_code AS "iscoCode" FROM esco_occupations WHERE uri = $1', [occupationUri]);
    return row?.iscoCode ?? null;
  }

  /** ISCO-08 unit group per occupation URI, for those of `occupationUris` the taxonomy knows. */
  async iscoCodesOf(occupationUris: string[]): Promise<Map<string, string>> {
    if (!occupationUris.length) return new Map();
    const rows: { uri: string; iscoCode: string }[] = await this.dataSource.query(
      'SELECT uri, isco_code AS "iscoCode" FROM esco_occupations WHERE uri = ANY($1)',
      [occupationUris],
    );
    return new Map(rows.map((r) => [r.uri, r.iscoCode]));
  }

  /** One document per concept and language: the preferred label first, then the alternatives. */
  async *labelDocuments(
    batchSize = 5_000,
  ): AsyncGenerator<{ conceptUri: string; kind: ConceptKind; lang: TaxonomyLanguage; labels: string[] }[]> {
    let after = '';
    for (;;) {
      const rows: { key: string; conceptUri: string; kind: ConceptKind; lang: TaxonomyLanguage; labels: string[] }[] =
        await this.dataSource.query(
          `SELECT concept_uri || '|' || lang AS key, concept_uri AS "conceptUri", min(kind) AS kind, lang,
                  array_agg(DISTINCT label) FILTER (WHERE preferred) || array_agg(DISTINCT label) FILTER (WHERE NOT preferred) AS labels
             FROM esco_labels
            WHERE concept_uri || '|' || lang > $1
            GROUP BY concept_uri, lang
            ORDER BY concept_uri || '|' || lang
            LIMIT $2`,
          [after, batchSize],
        );
      if (!rows.length) return;
      after = rows[rows.length - 1].key;
      yield rows.map(({ key: _key, ...doc }) => ({ ...doc, labels: doc.labels.filter((l): l is string => l !== null) }));
    }
  }

  async labelDocumentCount(): Promise<number> {
    const [row] = await this.dataSource.query('SELECT count(DISTINCT (concept_uri, lang))::int AS n FROM esco_labels');
    return row.n;
  }
}
