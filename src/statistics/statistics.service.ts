import { Injectable } from '@nestjs/common';
import { findPlace } from '../places/saxon-places';

const districtOf = (city: string): string | null => findPlace(city)?.district.name ?? null;
import { type KeyCount, StatisticsRepository } from './statistics.repository';
import {
  CROSS_BORDER_COUNTRIES,
  type OfferCount,
  type StatisticsView,
  SUPPRESSION_THRESHOLD,
  type SuppressedCount,
} from './dto/statistics.view';

/** Withholds every person-related count below the threshold (shown as “< 5”). */
function suppress({ key, count }: KeyCount): SuppressedCount {
  return count < SUPPRESSION_THRESHOLD ? { key, count: null, suppressed: true } : { key, count, suppressed: false };
}

/** Figures for agency staff: counts only, person-related ones with small counts withheld. */
@Injectable()
export class StatisticsService {
  constructor(private readonly repository: StatisticsRepository) {}

  async overview(): Promise<StatisticsView> {
    const cities = await this.repository.preferredCities();
    const districtOfCity: Record<string, string> = {};
    for (const city of cities) districtOfCity[city] = districtOf(city) ?? 'unknown';

    const [byOrigin, byDistrict, commuters, offerCities, offerGroups, weeks, queue] = await Promise.all([
      this.repository.candidatesByCountryOfOrigin(),
      this.repository.candidatesByDistrict(districtOfCity),
      this.repository.crossBorderCommuters(),
      this.repository.publishedOffersByCity(),
      this.repository.publishedOffersByOccupationGroup(),
      this.repository.decisionsPerWeek(12),
      this.repository.queueSizes(),
    ]);

    const offersPerDistrict = new Map<string, number>();
    for (const { key, count } of offerCities) {
      const district = districtOf(key) ?? 'unknown';
      offersPerDistrict.set(district, (offersPerDistrict.get(district) ?? 0) + count);
    }
    const offersByDistrict: OfferCount[] = [...offersPerDistrict]
      .map(([key, count]) => ({ key, count, labelEn: null, labelDe: null }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));

    return {
      generatedAt: new Date().toISOString(),
      suppressionThreshold: SUPPRESSION_THRESHOLD,
      candidatesByCountryOfOrigin: byOrigin.map(suppress),
      candidatesByPreferredDistrict: byDistrict.map(suppress),
      crossBorderCommuters: CROSS_BORDER_COUNTRIES.map((key) => suppress({ key, count: commuters.find((c) => c.key === key)?.count ?? 0 })),
      offersByDistrict,
      offersByOccupationGroup: offerGroups,
      moderation: { weeks, queue },
    };
  }
}
