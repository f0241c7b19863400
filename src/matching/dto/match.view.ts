import { ApiProperty } from '@nestjs/swagger';
import { CandidateEmployerView } from '../../candidates/dto/candidate-profile.view';
import { ApiDate, ApiEnum, ApiInteger, ApiList, ApiNumber, ApiObject, ApiText, ApiTextList, INT32_MAX } from '../../common/http/api-schema';
import { MAX_PAGE, MAX_PAGE_SIZE } from '../../common/http/pagination';
import { DEGREE_LEVELS, LANGUAGE_LEVELS, type DegreeLevel, type LanguageLevel } from '../../common/reference/levels';
import { JobOfferView } from '../../job-offers/dto/job-offer.view';
import { CONCEPT_LABEL_MAX, ESCO_URI_MAX } from '../../taxonomy/dto/taxonomy.view';
import type {
  AppliedThreshold,
  AvailabilityExplanation,
  AvailabilityRule,
  DegreeExplanation,
  DegreeRule,
  LanguageCheck,
  LanguagesExplanation,
  LocationExplanation,
  LocationRule,
  MatchExplanation,
  OccupationExplanation,
  OccupationRule,
  RelatedSkillMatch,
  SkillsExplanation,
  WorkPermitExplanation,
  WorkPermitStatus,
} from '../scoring';
import { WORK_PERMIT_STATUSES, type RecognitionExplanation, type RecognitionStatus } from '../scoring';
import { RECOGNITION_STATUSES } from '../../residence-law/residence-facts';

/**
 * The matching answers as response classes. The scorer (scoring/) stays free
 * of Nest: each class here `implements` its plain interface, and the answers
 * are typed with these classes, so the compiler keeps both sides equal.
 */

const NOTE_MAX = 500;
const SKILLS_MAX = 100;
const LANGUAGES_MAX = 20;
const MAX_SALARY = 10_000_000;

const OCCUPATION_RULES: readonly OccupationRule[] = ['desired', 'same_isco_unit_group', 'same_isco_minor_group', 'unknown', 'none'];
const LOCATION_RULES: readonly LocationRule[] = [
  'same_city',
  'remote',
  'same_district',
  'border_commuter',
  'hybrid_remote',
  'no_preference',
  'none',
];
const AVAILABILITY_RULES: readonly AvailabilityRule[] = ['on_time', 'late', 'unknown'];
const DEGREE_RULES: readonly DegreeRule[] = ['not_required', 'meets', 'below'];

/** Points a factor contributed (`share`) out of its maximum (`weight`). */
abstract class FactorShareView {
  @ApiNumber(0, 100, { description: 'Points this factor contributed to the score' })
  share!: number;

  @ApiNumber(0, 100, { description: 'The most points this factor can contribute' })
  weight!: number;
}

export class RelatedSkillMatchView implements RelatedSkillMatch {
  @ApiText(CONCEPT_LABEL_MAX, { description: 'The offer’s skill' })
  label!: string;

  @ApiText(ESCO_URI_MAX, { format: 'uri', description: 'The candidate’s skill that is related to it' })
  viaSkillUri!: string;
}

export class SkillsExplanationView extends FactorShareView implements SkillsExplanation {
  @ApiTextList(SKILLS_MAX, CONCEPT_LABEL_MAX, { description: 'Offer skills the candidate holds (required first, then optional)' })
  matched!: string[];

  @ApiList(RelatedSkillMatchView, SKILLS_MAX, { description: 'Offer skills held only through a related skill (half credit)' })
  related!: RelatedSkillMatchView[];

  @ApiTextList(SKILLS_MAX, CONCEPT_LABEL_MAX, { description: 'Required skills the candidate lacks (not even related)' })
  missing!: string[];

  @ApiTextList(SKILLS_MAX, CONCEPT_LABEL_MAX, { description: 'Optional skills the candidate lacks (not even related)' })
  missingOptional!: string[];

  @ApiNumber(0, SKILLS_MAX)
  matchedEssential!: number;

  @ApiNumber(0, SKILLS_MAX)
  relatedEssential!: number;

  @ApiInteger(0, SKILLS_MAX)
  essentialTotal!: number;

  @ApiNumber(0, SKILLS_MAX)
  matchedOptional!: number;

  @ApiNumber(0, SKILLS_MAX)
  relatedOptional!: number;

  @ApiInteger(0, SKILLS_MAX)
  optionalTotal!: number;
}

export class OccupationExplanationView extends FactorShareView implements OccupationExplanation {
  @ApiEnum(OCCUPATION_RULES, 'OccupationRule')
  rule!: OccupationRule;

  @ApiText(NOTE_MAX)
  note!: string;
}

export class LanguageCheckView implements LanguageCheck {
  @ApiText(2, { pattern: '^[a-z]{2}$' })
  code!: string;

  @ApiEnum(LANGUAGE_LEVELS, 'LanguageLevel')
  minLevel!: LanguageLevel;

  @ApiProperty({
    enum: LANGUAGE_LEVELS,
    enumName: 'LanguageLevel',
    nullable: true,
    description: 'The candidate’s level; null if not spoken',
  })
  level!: LanguageLevel | null;

  @ApiInteger(-7, 7, {
    nullable: true,
    description: 'Levels above the minimum (0 when exactly met; negative when unmet; null when not spoken)',
  })
  levelsAbove!: number | null;
}

export class LanguagesExplanationView extends FactorShareView implements LanguagesExplanation {
  @ApiList(LanguageCheckView, LANGUAGES_MAX)
  met!: LanguageCheckView[];

  @ApiList(LanguageCheckView, LANGUAGES_MAX)
  unmet!: LanguageCheckView[];

  @ApiText(NOTE_MAX)
  note!: string;
}

export class LocationExplanationView extends FactorShareView implements LocationExplanation {
  @ApiEnum(LOCATION_RULES, 'LocationRule')
  rule!: LocationRule;

  @ApiText(100)
  offerCity!: string;

  @ApiText(100, { nullable: true, description: 'District of the offer’s city; null if not a Saxon municipality we know' })
  offerDistrict!: string | null;

  @ApiText(100, { nullable: true, description: 'The candidate’s preferred city that counted, if any' })
  candidateCity!: string | null;

  @ApiText(NOTE_MAX)
  note!: string;
}

export class AvailabilityExplanationView extends FactorShareView implements AvailabilityExplanation {
  @ApiEnum(AVAILABILITY_RULES, 'AvailabilityRule')
  rule!: AvailabilityRule;

  @ApiDate({ nullable: true })
  availableFrom!: string | null;

  @ApiDate({ description: 'The start date compared against: the offer’s, or today when it has none or it is past' })
  startDate!: string;

  @ApiInteger(0, INT32_MAX, { nullable: true })
  daysLate!: number | null;

  @ApiText(NOTE_MAX)
  note!: string;
}

export class DegreeExplanationView extends FactorShareView implements DegreeExplanation {
  @ApiEnum(DEGREE_RULES, 'DegreeRule')
  rule!: DegreeRule;

  @ApiProperty({ enum: DEGREE_LEVELS, enumName: 'DegreeLevel', nullable: true })
  required!: DegreeLevel | null;

  @ApiProperty({ enum: DEGREE_LEVELS, enumName: 'DegreeLevel', nullable: true })
  highest!: DegreeLevel | null;

  @ApiText(NOTE_MAX)
  note!: string;
}

export class AppliedThresholdView implements AppliedThreshold {
  @ApiDate()
  validFrom!: string;

  @ApiText(500)
  source!: string;

  @ApiNumber(0, 100_000_000)
  standard!: number;

  @ApiNumber(0, 100_000_000)
  reduced!: number;

  @ApiEnum(['standard', 'reduced'], 'AppliedThresholdKind', { description: 'Which of the two the salary was compared with' })
  applied!: 'standard' | 'reduced';

  @ApiNumber(0, 100_000_000)
  amount!: number;
}

export class WorkPermitExplanationView extends FactorShareView implements WorkPermitExplanation {
  @ApiEnum(WORK_PERMIT_STATUSES, 'WorkPermitStatus')
  status!: WorkPermitStatus;

  @ApiText(NOTE_MAX, { description: 'The route in words, e.g. "EU Blue Card (§18g(1) AufenthG)"' })
  route!: string;

  @ApiTextList(20, NOTE_MAX)
  reasons!: string[];

  @ApiTextList(20, NOTE_MAX, { description: 'What is missing to decide, or details the authority will ask' })
  openQuestions!: string[];

  @ApiNumber(0, MAX_SALARY * 2080, { nullable: true, description: 'Guaranteed annual gross salary (from `salary.min`)' })
  annualSalaryEur!: number | null;

  @ApiText(NOTE_MAX, { nullable: true, description: 'How it was computed, e.g. "4,025.00 EUR/month × 12"' })
  salaryBasis!: string | null;

  @ApiObject(AppliedThresholdView, { nullable: true })
  threshold!: AppliedThresholdView | null;

  @ApiProperty()
  shortageOccupation!: boolean;

  @ApiProperty()
  recentGraduate!: boolean;

  @ApiProperty({
    description: 'A purpose-bound title held in Germany (study, job search, Opportunity Card, §16d) must be changed to this route first',
  })
  changeOfPurpose!: boolean;

  @ApiText(NOTE_MAX, { description: 'One line: guidance, not a legal decision' })
  disclaimer!: string;
}

/** Whether recognition or a licence is needed for this pair, and what to do next (not scored). */
export class RecognitionExplanationView implements RecognitionExplanation {
  @ApiProperty({
    description:
      'True for a regulated profession whatever the citizenship, and for routes that need a recognised or comparable qualification',
  })
  required!: boolean;

  @ApiProperty({ description: 'The offer’s occupation may be practised only with a licence' })
  regulatedProfession!: boolean;

  @ApiEnum(RECOGNITION_STATUSES, 'RecognitionStatus', { description: 'The candidate’s best recognition status' })
  status!: RecognitionStatus;

  @ApiText(1000, { description: 'What to do next (anabin, ZAB, Anerkennungs-Finder, the licensing authority)' })
  note!: string;
}

/** Per factor, what counted and its share of the score. */
export class MatchExplanationView implements MatchExplanation {
  @ApiObject(SkillsExplanationView)
  skills!: SkillsExplanationView;

  @ApiObject(OccupationExplanationView)
  occupation!: OccupationExplanationView;

  @ApiObject(LanguagesExplanationView)
  languages!: LanguagesExplanationView;

  @ApiObject(LocationExplanationView)
  location!: LocationExplanationView;

  @ApiObject(AvailabilityExplanationView)
  availability!: AvailabilityExplanationView;

  @ApiObject(DegreeExplanationView)
  degree!: DegreeExplanationView;

  @ApiObject(WorkPermitExplanationView)
  workPermit!: WorkPermitExplanationView;

  @ApiObject(RecognitionExplanationView)
  recognition!: RecognitionExplanationView;
}

export class CandidateMatch {
  @ApiObject(CandidateEmployerView)
  candidate!: CandidateEmployerView;

  @ApiNumber(0, 100, { description: '0..100 with one decimal: the sum of the factors’ shares' })
  score!: number;

  @ApiObject(MatchExplanationView)
  explanation!: MatchExplanationView;
}

export class OfferMatch {
  @ApiObject(JobOfferView)
  jobOffer!: JobOfferView;

  @ApiNumber(0, 100, { description: '0..100 with one decimal: the sum of the factors’ shares' })
  score!: number;

  @ApiObject(MatchExplanationView)
  explanation!: MatchExplanationView;
}

/** A page of matches, best first (no total: the ranking is computed only as deep as asked). */
export class CandidateMatchPage {
  @ApiList(CandidateMatch, MAX_PAGE_SIZE)
  items!: CandidateMatch[];

  @ApiInteger(1, MAX_PAGE)
  page!: number;

  @ApiInteger(1, MAX_PAGE_SIZE)
  limit!: number;
}

export class OfferMatchPage {
  @ApiList(OfferMatch, MAX_PAGE_SIZE)
  items!: OfferMatch[];

  @ApiInteger(1, MAX_PAGE)
  page!: number;

  @ApiInteger(1, MAX_PAGE_SIZE)
  limit!: number;
}
