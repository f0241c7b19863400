import { Injectable, Logger } from '@nestjs/common';
import { readEscoCsv, splitAltLabels } from './esco-csv.reader';
import { TAXONOMY_LANGUAGES, type ConceptKind } from './entities/esco-label.entity';
import { labelVariants } from './label-normalizer';
import { TaxonomyImportRepository } from './taxonomy-import.repository';
import type { LabelRow, SkillBroaderRow, SkillGroupRow } from './taxonomy-import.writer';

export interface ImportSummary {
  occupations: number;
  skills: number;
  labels: number;
  relations: number;
  iscoGroups: number;
  skillBroader: number;
  skillGroups: number;
  milliseconds: number;
}

/**
 * Loads the shipped ESCO extract into PostgreSQL. Idempotent: it replaces the
 * reference tables as a whole inside one transaction, so running it twice
 * leaves the same rows, and readers never see a half-imported taxonomy.
 */
@Injectable()
export class TaxonomyImporterService {
  private readonly logger = new Logger(TaxonomyImporterService.name);

  constructor(private readonly repository: TaxonomyImportRepository) {}

  /**
   * On first start the tables are empty: fill them. Later starts cost two count
   * queries; a taxonomy imported before the skill hierarchy was shipped gets the
   * hierarchy alone (the other tables stay as they are).
   */
  async importIfEmpty(): Promise<ImportSummary | Pick<ImportSummary, 'skillBroader' | 'skillGroups' | 'milliseconds'> | null> {
    if ((await this.repository.occupationCount()) === 0) return this.importAll();
    if ((await this.repository.skillBroaderCount()) === 0) return this.importHierarchy();
    return null;
  }

  /** Replaces the skill hierarchy (skill_broader, skill_groups) in one transaction; idempotent like importAll. */
  async importHierarchy(dataDir?: string): Promise<Pick<ImportSummary, 'skillBroader' | 'skillGroups' | 'milliseconds'>> {
    const started = Date.now();
    const { broader, groups } = await readHierarchy(dataDir);
    await this.repository.transaction(async (tx) => {
      await tx.clearHierarchy();
      await tx.insertSkillGroups(groups);
      await tx.insertSkillBroader(broader);
    });
    const summary = { skillBroader: broader.length, skillGroups: groups.length, milliseconds: Date.now() - started };
    this.logger.log(`Imported ESCO skill hierarchy: ${JSON.stringify(summary)}`);
    return summary;
  }

  async importAll(dataDir?: string): Promise<ImportSummary> {
    const started = Date.now();
    const occupations: { uri: string; iscoCode: string; escoCode: string | null; descriptionEn: string | null }[] = [];
    const skills: { uri: string; skillType: string | null; reuseLevel: string | null; descriptionEn: string | null }[] = [];
    const labels: LabelRow[] = [];
    for await (const row of readEscoCsv('occupations', dataDir)) {
      occupations.push({
        uri: row.uri,
        iscoCode: row.isco_code,
        escoCode: row.esco_code || null,
        descriptionEn: row.description_en || null,
      });
      labels.push(...labelRowsOf(row, 'occupation'));
    }
    for await (const row of readEscoCsv('skills', dataDir)) {
      skills.push({
        uri: row.uri,
        skillType: row.skill_type || null,
        reuseLevel: row.reuse_level || null,
        descriptionEn: row.description_en || null,
      });
      labels.push(...labelRowsOf(row, 'skill'));
    }
    const relations: { occupationUri: string; skillUri: string; relation: string }[] = [];
    for await (const row of readEscoCsv('occupation_skills', dataDir)) {
      relations.push({ occupationUri: row.occupation_uri, skillUri: row.skill_uri, relation: row.relation });
    }
    const iscoGroups: { code: string; level: number; labels: Record<'en' | 'de' | 'pl' | 'cs', string | null> }[] = [];
    for await (const row of readEscoCsv('isco_groups', dataDir)) {
      iscoGroups.push({
        code: row.code,
        level: Number(row.level),
        labels: { en: row.label_en || null, de: row.label_de || null, pl: row.label_pl || null, cs: row.label_cs || null },
      });
    }
    const { broader, groups } = await readHierarchy(dataDir);
    await this.repository.transaction(async (tx) => {
      await tx.clear();
      await tx.insertIscoGroups(iscoGroups);
      await tx.insertOccupations(occupations);
      await tx.insertSkills(skills);
      await tx.insertLabels(labels);
      await tx.insertRelations(relations);
      await tx.insertSkillGroups(groups);
      await tx.insertSkillBroader(broader);
    });
    const summary = {
      occupations: occupations.length,
      skills: skills.length,
      labels: labels.length,
      relations: relations.length,
      iscoGroups: iscoGroups.length,
      skillBroader: broader.length,
      skillGroups: groups.length,
      milliseconds: Date.now() - started,
    };
    this.logger.log(`Imported ESCO taxonomy: ${JSON.stringify(summary)}`);
    return summary;
  }
}

/** ESCO's skill hierarchy as shipped (data/esco/skill_broader, skill_groups). */
async function readHierarchy(dataDir?: string): Promise<{ broader: SkillBroaderRow[]; groups: SkillGroupRow[] }> {
  const broader: SkillBroaderRow[] = [];
  for await (const row of readEscoCsv('skill_broader', dataDir)) {
    broader.push({ skillUri: row.skill_uri, broaderUri: row.broader_uri, broaderType: row.broader_type });
  }
  const groups: SkillGroupRow[] = [];
  for await (const row of readEscoCsv('skill_groups', dataDir)) {
    groups.push({
      uri: row.uri,
      code: row.code,
      labels: { en: row.label_en || null, de: row.label_de || null, pl: row.label_pl || null, cs: row.label_cs || null },
    });
  }
  return { broader, groups };
}

/** Preferred and alternative labels of one CSV row, one row per language and gender-form variant. */
export function labelRowsOf(row: Record<string, string>, kind: ConceptKind): LabelRow[] {
  const rows: LabelRow[] = [];
  for (const lang of TAXONOMY_LANGUAGES) {
    const seen = new Set<string>();
    const add = (label: string, preferred: boolean) => {
      for (const normalized of labelVariants(label)) {
        if (seen.has(normalized)) continue;
        seen.add(normalized);
        rows.push({ conceptUri: row.uri, kind, lang, label, preferred, normalized });
      }
    };
    if (row[`label_${lang}`]) add(row[`label_${lang}`], true);
    for (const alt of splitAltLabels(row[`alt_labels_${lang}`])) add(alt, false);
  }
  return rows;
}
