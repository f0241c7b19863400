import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface KeyCount {
  key: string;
  count: number;
}

export interface OccupationGroupCount extends KeyCount {
  labelEn: string | null;
  labelDe: string | null;
}

/** The staff decisions the throughput counts (what the moderation routes record). */
const DECISION_ACTIONS = [
  'employer.verify',
  'employer.reject',
  'employer.revoke',
  'job_offer.approve',
  'job_offer.reject',
  'candidate.hide',
  'candidate.restore',
];

const rows = (result: { key: string | null; count: string | number }[]): KeyCount[] =>
  result.map((r) => ({ key: r.key ?? 'unknown', count: Number(r.count) }));

/**
 * Read-only aggregate queries for the statistics (GROUP BY in PostgreSQL over the existing tables). Nothing
 * here returns a row about one person: only keys and counts.
 */
@Injectable()
export class StatisticsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async candidatesByCountryOfOrigin(): Promise<KeyCount[]> {
    return rows(
      await this.dataSource.query(
        `SELECT country_of_origin AS key, count(*) AS count FROM candidate_profiles
         GROUP BY country_of_origin ORDER BY count(*) DESC, country_of_origin`,
      ),
    );
  }

  /** Every distinct preferred city as stored (the service maps them to districts). */
  async preferredCities(): Promise<string[]> {
    const result: { city: string }[] = await this.dataSource.query(
      `SELECT DISTINCT c.city FROM candidate_profiles p CROSS JOIN LATERAL jsonb_array_elements_text(p.preferred_cities) AS c(city)`,
    );
    return result.map((r) => r.city);
  }

  /** Candidates per district, each counted once per district however many of its cities they prefer. */
  async candidatesByDistrict(districtOfCity: Record<string, string>): Promise<KeyCount[]> {
    return rows(
      await this.dataSource.query(
        `SELECT d.district AS key, count(DISTINCT p.id) AS count
         FROM candidate_profiles p
         CROSS JOIN LATERAL jsonb_array_elements_text(p.preferred_cities) AS c(city)
         JOIN jsonb_each_text($1::jsonb) AS d(city, district) ON d.city = c.city
         GROUP BY d.district ORDER BY count(DISTINCT p.id) DESC, d.district`,
        [JSON.stringify(districtOfCity)],
      ),
    );
  }

  /** Cross-border commuters by PL/CZ: their residence if it is PL or CZ, else their country of origin. */
  async crossBorderCommuters(): Promise<KeyCount[]> {
    return rows(
      await this.dataSource.query(
        `SELECT CASE WHEN residence_country IN ('PL', 'CZ') THEN residence_country ELSE country_of_origin END AS key,
                count(*) AS count
         FROM candidate_profiles
         WHERE cross_border_commuter AND (residence_country IN ('PL', 'CZ') OR country_of_origin IN ('PL', 'CZ'))
         GROUP BY 1`,
      ),
    );
  }

  /** Published offers per city as stored (the service maps them to districts). */
  async publishedOffersByCity(): Promise<KeyCount[]> {
    return rows(
      await this.dataSource.query(`SELECT city AS key, count(*) AS count FROM job_offers WHERE status = 'published' GROUP BY city`),
    );
  }

  /** Published offers per ISCO-08 major group: the offer's own ISCO code, else its ESCO occupation's. */
  async publishedOffersByOccupationGroup(): Promise<OccupationGroupCount[]> {
    const result: { key: string | null; count: string; label_en: string | null; label_de: string | null }[] = await this.dataSource.query(
      `SELECT g.major AS key, count(*) AS count, ig.label_en, ig.label_de
         FROM job_offers o
         LEFT JOIN esco_occupations eo ON eo.uri = o.occupation_uri
         CROSS JOIN LATERAL (SELECT left(COALESCE(o.isco_code, eo.isco_code), 1) AS major) g
         LEFT JOIN isco_groups ig ON ig.code = g.major AND ig.level = 1
         WHERE o.status = 'published'
         GROUP BY g.major, ig.label_en, ig.label_de
         ORDER BY count(*) DESC, g.major`,
    );
    return result.map((r) => ({ key: r.key ?? 'unknown', count: Number(r.count), labelEn: r.label_en, labelDe: r.label_de }));
  }

  /** Staff decisions per week over the last `weeks` weeks (the current one last), zero weeks included. */
  async decisionsPerWeek(weeks: number): Promise<{ weekStart: string; decisions: number }[]> {
    const result: { week_start: string; decisions: string }[] = await this.dataSource.query(
      `SELECT to_char(w.week_start, 'YYYY-MM-DD') AS week_start, count(a.id) AS decisions
       FROM generate_series(date_trunc('week', now() AT TIME ZONE 'UTC') - ($1::int - 1) * interval '1 week',
                            date_trunc('week', now() AT TIME ZONE 'UTC'), interval '1 week') AS w(week_start)
       LEFT JOIN audit_log a
         ON a.action = ANY($2::text[])
        AND a.created_at AT TIME ZONE 'UTC' >= w.week_start
        AND a.created_at AT TIME ZONE 'UTC' < w.week_start + interval '1 week'
       GROUP BY w.week_start ORDER BY w.week_start`,
      [weeks, DECISION_ACTIONS],
    );
    return result.map((r) => ({ weekStart: r.week_start, decisions: Number(r.decisions) }));
  }

  async queueSizes(): Promise<{ employers: number; jobOffers: number }> {
    const [row]: { employers: string; job_offers: string }[] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM employers WHERE verification_status = 'pending') AS employers,
              (SELECT count(*) FROM job_offers WHERE status = 'pending_review') AS job_offers`,
    );
    return { employers: Number(row.employers), jobOffers: Number(row.job_offers) };
  }
}
