import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TaxonomyImportWriter } from './taxonomy-import.writer';

/** Bulk writes of the reference data, as arrays unnested by PostgreSQL (one round trip per batch). */
@Injectable()
export class TaxonomyImportRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: TaxonomyImportWriter) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(new TaxonomyImportWriter(manager)));
  }

  async occupationCount(): Promise<number> {
    const [row] = await this.dataSource.query('SELECT count(*)::int AS n FROM esco_occupations');
    return row.n;
  }

  async skillBroaderCount(): Promise<number> {
    const [row] = await this.dataSource.query('SELECT count(*)::int AS n FROM esco_skill_broader');
    return row.n;
  }

  async counts(): Promise<Record<string, number>> {
    const [row] = await this.dataSource.query(`
      SELECT (SELECT count(*)::int FROM esco_occupations) AS occupations,
             (SELECT count(*)::int FROM esco_skills) AS skills,
             (SELECT count(*)::int FROM esco_labels) AS labels,
             (SELECT count(*)::int FROM esco_occupation_skills) AS relations,
             (SELECT count(*)::int FROM isco_groups) AS "iscoGroups",
             (SELECT count(*)::int FROM esco_skill_broader) AS "skillBroader",
             (SELECT count(*)::int FROM esco_skill_groups) AS "skillGroups"`);
    return row;
  }
}
