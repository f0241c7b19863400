import { ApiProperty } from '@nestjs/swagger';
import { ApiDate, ApiDateTime, ApiInteger, ApiList, ApiObject, ApiText, INT32_MAX } from '../../common/http/api-schema';

/** Person-related counts below this are never shown (null, `suppressed: true`): no one can be singled out. */
export const SUPPRESSION_THRESHOLD = 5;

/** One bar of a person-related figure: the count, or null when it is below the threshold. */
export class SuppressedCount {
  @ApiText(64, { description: 'What is counted: an ISO 3166-1 alpha-2 code, a Saxon district, or `unknown`' })
  key!: string;

  @ApiInteger(0, INT32_MAX, { nullable: true, description: 'null when fewer than the threshold (shown as “< 5”)' })
  count!: number | null;

  @ApiProperty({ description: 'true when the count is below the threshold and withheld' })
  suppressed!: boolean;
}

/** One bar of a figure about offers (not person-related: always the exact count). */
export class OfferCount {
  @ApiText(64, { description: 'A Saxon district, an ISCO-08 major group (one digit), or `unknown`' })
  key!: string;

  @ApiText(300, { nullable: true, description: 'The ISCO major group’s name in English (null for districts)' })
  labelEn!: string | null;

  @ApiText(300, { nullable: true, description: 'The ISCO major group’s name in German (null for districts)' })
  labelDe!: string | null;

  @ApiInteger(0, INT32_MAX)
  count!: number;
}

/** Staff decisions in one calendar week (Monday to Sunday, UTC). */
export class WeeklyDecisions {
  @ApiDate({ description: 'The Monday the week starts on' })
  weekStart!: string;

  @ApiInteger(0, INT32_MAX)
  decisions!: number;
}

export class QueueSizes {
  @ApiInteger(0, INT32_MAX, { description: 'Organisations waiting for verification' })
  employers!: number;

  @ApiInteger(0, INT32_MAX, { description: 'Offers in review' })
  jobOffers!: number;
}

export class ModerationThroughput {
  @ApiList(WeeklyDecisions, 12, { description: 'The last 12 weeks, oldest first, the current week last' })
  weeks!: WeeklyDecisions[];

  @ApiObject(QueueSizes)
  queue!: QueueSizes;
}

/** Figures for the agency: counts only, computed from the stored data when asked. */
export class StatisticsView {
  @ApiDateTime()
  generatedAt!: string;

  @ApiInteger(SUPPRESSION_THRESHOLD, SUPPRESSION_THRESHOLD, { description: 'Person-related counts below this are withheld' })
  suppressionThreshold!: number;

  @ApiList(SuppressedCount, 300, { description: 'Candidate profiles by country of origin, largest first' })
  candidatesByCountryOfOrigin!: SuppressedCount[];

  @ApiList(SuppressedCount, 20, {
    description: 'Candidates by the Saxon district of their preferred cities (one candidate counts once per district)',
  })
  candidatesByPreferredDistrict!: SuppressedCount[];

  @ApiList(SuppressedCount, 2, { description: 'Cross-border commuters living in or coming from PL and CZ (residence first)' })
  crossBorderCommuters!: SuppressedCount[];

  @ApiList(OfferCount, 20, { description: 'Published offers by Saxon district of their city' })
  offersByDistrict!: OfferCount[];

  @ApiList(OfferCount, 11, { description: 'Published offers by ISCO-08 major group of their occupation' })
  offersByOccupationGroup!: OfferCount[];

  @ApiObject(ModerationThroughput)
  moderation!: ModerationThroughput;
}

export const CROSS_BORDER_COUNTRIES = ['PL', 'CZ'] as const;
