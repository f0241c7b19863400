import type { EntityManager } from 'typeorm';

export interface LabelRow {
  conceptUri: string;
  kind: 'occupation' | 'skill';
  lang: string;
  label: string;
  preferred: boolean;
  normalized: string;
}

export interface SkillBroaderRow {
  skillUri: string;
  broaderUri: string;
  broaderType: string;
}

export interface SkillGroupRow {
  uri: string;
  code: string;
  labels: Record<'en' | 'de' | 'pl' | 'cs', string | null>;
}

const BATCH = 5_000;

/** The writes of one import transaction (TaxonomyImportRepository.transaction). */

export class TaxonomyImportWriter {
  constructor(private readonly manager: EntityManager) {}

  /** Lock first, so two imports started at once run one after the other, then start from empty. */
  async clear(): Promise<void> {
    await this.manager.query('LOCK TABLE esco_occupations IN ACCESS EXCLUSIVE MODE');
    await this.manager.query(
      'TRUNCATE esco_labels, esco_occupation_skills, esco_occupations, esco_skills, isco_groups, esco_skill_broader, esco_skill_groups',
    );
  }

  /** The skill hierarchy alone (an installation whose taxonomy predates it): locked and emptied the same way. */
  async clearHierarchy(): Promise<void> {
    await this.manager.query('LOCK TABLE esco_skill_broader IN ACCESS EXCLUSIVE MODE');
    await this.manager.query('TRUNCATE esco_skill_broader, esco_skill_groups');
  }

  async insertSkillBroader(rows: SkillBroaderRow[]) {
    await this.inBatches(rows, (b) =>
      this.manager.query(
        `INSERT INTO esco_skill_broader (skill_uri, broader_uri, broader_type)
         SELECT * FROM unnest($1::text[], $2::text[], $3::varchar[]) ON CONFLICT DO NOTHING`,
        [b.map((r) => r.skillUri), b.map((r) => r.broaderUri), b.map((r) => r.broaderType)],
      ),
    );
  }

  async insertSkillGroups(rows: SkillGroupRow[]) {
    await this.inBatches(rows, (b) =>
      this.manager.query(
        `INSERT INTO esco_skill_groups (uri, code, label_en, label_de, label_pl, label_cs)
         SELECT * FROM unnest($1::text[], $2::varchar[], $3::text[], $4::text[], $5::text[], $6::text[])`,
        [
          b.map((r) => r.uri),
          b.map((r) => r.code),
          b.map((r) => r.labels.en ?? ''),
          b.map((r) => r.labels.de),
          b.map((r) => r.labels.pl),
          b.map((r) => r.labels.cs),
        ],
      ),
    );
  }

  async insertOccupations(rows: { uri: string; iscoCode: string; escoCode: string | null; descriptionEn: string | null }[]) {
    await this.inBatches(rows, (b) =>
      this.manager.query(
        `INSERT INTO esco_occupations (uri, isco_code, esco_code, description_en)
         SELECT * FROM unnest($1::text[], $2::varchar[], $3::varchar[], $4::text[])`,
        [b.map((r) => r.uri), b.map((r) => r.iscoCode), b.map((r) => r.escoCode), b.map((r) => r.descriptionEn)],
      ),
    );
  }

  async insertSkills(rows: { uri: string; skillType: string | null; reuseLevel: string | null; descriptionEn: string | null }[]) {
    await this.inBatches(rows, (b) =>
      this.manager.query(
        `INSERT INTO esco_skills (uri, skill_type, reuse_level, description_en)
         SELECT * FROM unnest($1::text[], $2::varchar[], $3::varchar[], $4::text[])`,
        [b.map((r) => r.uri), b.map((r) => r.skillType), b.map((r) => r.reuseLevel), b.map((r) => r.descriptionEn)],
      ),
    );
  }

  async insertLabels(rows: LabelRow[]) {
    await this.inBatches(rows, (b) =>
      this.manager.query(
        `INSERT INTO esco_labels (concept_uri, kind, lang, label, preferred, normalized)
         SELECT * FROM unnest($1::text[], $2::varchar[], $3::varchar[], $4::text[], $5::boolean[], $6::text[])`,
        [
          b.map((r) => r.conceptUri),
          b.map((r) => r.kind),
          b.map((r) => r.lang),
          b.map((r) => r.label),
          b.map((r) => r.preferred),
          b.map((r) => r.normalized),
        ],
      ),
    );
  }

  async insertRelations(rows: { occupationUri: string; skillUri: string; relation: string }[]) {
    await this.inBatches(rows, (b) =>
      this.manager.query(
        `INSERT INTO esco_occupation_skills (occupation_uri, skill_uri, relation)
         SELECT * FROM unnest($1::text[], $2::text[], $3::varchar[]) ON CONFLICT DO NOTHING`,
        [b.map((r) => r.occupationUri), b.map((r) => r.skillUri), b.map((r) => r.relation)],
      ),
    );
  }

  async insertIscoGroups(rows: { code: string; level: number; labels: Record<'en' | 'de' | 'pl' | 'cs', string | null> }[]) {
    await this.inBatches(rows, (b) =>
      this.manager.query(
        `INSERT INTO isco_groups (code, level, label_en, label_de, label_pl, label_cs)
         SELECT * FROM unnest($1::varchar[], $2::smallint[], $3::text[], $4::text[], $5::text[], $6::text[])`,
        [
          b.map((r) => r.code),
          b.map((r) => r.level),
          b.map((r) => r.labels.en ?? ''),
          b.map((r) => r.labels.de),
          b.map((r) => r.labels.pl),
          b.map((r) => r.labels.cs),
        ],
      ),
    );
  }

  private async inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
    for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
  }
}
