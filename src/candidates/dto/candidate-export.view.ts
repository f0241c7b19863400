import { ApiProperty, ApiSchema, type ApiPropertyOptions, type ApiSchemaOptions } from '@nestjs/swagger';
import {
  ApiDate,
  ApiDateTime,
  ApiEnum,
  ApiInteger,
  ApiList,
  ApiObject,
  ApiText,
  ApiTextList,
  ApiUuid,
  INT32_MAX,
} from '../../common/http/api-schema';
import { AUDIT_ACTION_PATTERN, AUDIT_ACTOR_ROLES } from '../../audit-log/dto/audit-log-entry.view';
import { ROLES, type Role } from '../../auth/role';
import { MAIL_LANGUAGES, type MailLanguage } from '../../mail/outgoing-mail';
import { VISIBILITIES, WORK_PERMITS, type Visibility, type WorkPermit } from '../reference/levels';
import { PROFILE_LIMITS } from './candidate-profile.dto';
import { CandidateDocument, DegreeView, ExperienceView, LanguageView, StoredConceptView } from './candidate-profile.view';
import { RESIDENCE_TITLES, type ResidenceTitle } from '../../residence-law/residence-facts';

/** The GDPR export (Art. 15/20): everything held about the candidate, machine-readable. */

export const EXPORT_FORMAT = 'talentbridge-candidate-export/1';
/** How many audit entries of each kind the export lists (the newest, oldest first). */
export const EXPORT_AUDIT_ENTRIES = 100;

/** A small free-form object (the audit log's before/after). */
export const STATE: ApiPropertyOptions = {
  type: 'object',
  nullable: true,
  description: 'The relevant state, e.g. {"status": "pending_review"}',
} as ApiPropertyOptions;

export class ExportedAccount {
  @ApiUuid()
  id!: string;

  @ApiText(254, { format: 'email' })
  email!: string;

  @ApiEnum(ROLES, 'Role')
  role!: Role;

  @ApiDateTime()
  createdAt!: string;

  @ApiDateTime()
  updatedAt!: string;

  @ApiDateTime({ nullable: true })
  lastLoginAt!: string | null;

  @ApiEnum(MAIL_LANGUAGES, 'AccountLanguage', { description: 'The language of the account’s mails' })
  language!: MailLanguage;

  @ApiDateTime({ nullable: true, description: 'When the e-mail address was confirmed' })
  emailVerifiedAt!: string | null;

  @ApiProperty({ type: Boolean, description: 'Whether notifications are also mailed' })
  emailNotifications!: boolean;
}

export class ExportedSalaryExpectation {
  @ApiInteger(0, PROFILE_LIMITS.maxSalary)
  min!: number;

  @ApiProperty({ enum: ['EUR'], enumName: 'Currency', nullable: true })
  currency!: 'EUR' | null;
}

/** The profile row as stored, with the salary expectation also as one object. */
export class ExportedProfile {
  @ApiUuid()
  id!: string;

  @ApiUuid()
  userId!: string;

  @ApiText(PROFILE_LIMITS.name)
  firstName!: string;

  @ApiText(PROFILE_LIMITS.name)
  lastName!: string;

  @ApiText(PROFILE_LIMITS.headline, { nullable: true })
  headline!: string | null;

  @ApiText(PROFILE_LIMITS.summary, { nullable: true })
  summary!: string | null;

  @ApiText(2, { nullable: true, pattern: '^[A-Z]{2}$' })
  countryOfOrigin!: string | null;

  @ApiText(2, { nullable: true, pattern: '^[A-Z]{2}$' })
  residenceCountry!: string | null;

  @ApiList(DegreeView, PROFILE_LIMITS.degrees)
  degrees!: DegreeView[];

  @ApiList(StoredConceptView, PROFILE_LIMITS.skills)
  skills!: StoredConceptView[];

  @ApiList(LanguageView, PROFILE_LIMITS.languages)
  languages!: LanguageView[];

  @ApiList(StoredConceptView, PROFILE_LIMITS.occupations)
  desiredOccupations!: StoredConceptView[];

  @ApiTextList(PROFILE_LIMITS.cities, PROFILE_LIMITS.cityLength)
  preferredCities!: string[];

  @ApiTextList(PROFILE_LIMITS.cities, 8, { pattern: '^14[0-9]{6}$', description: 'AGS of each preferred city (official key)' })
  preferredCityAgs!: string[];

  @ApiProperty()
  openToRemote!: boolean;

  @ApiProperty()
  crossBorderCommuter!: boolean;

  @ApiDate({ nullable: true })
  availableFrom!: string | null;

  @ApiProperty({ enum: WORK_PERMITS, enumName: 'WorkPermit', nullable: true })
  workPermit!: WorkPermit | null;

  @ApiTextList(PROFILE_LIMITS.citizenships, 2, { pattern: '^[A-Z]{2}$' })
  citizenships!: string[];

  @ApiProperty({ enum: RESIDENCE_TITLES, enumName: 'ResidenceTitle', nullable: true })
  residenceTitle!: ResidenceTitle | null;

  @ApiList(ExperienceView, PROFILE_LIMITS.experience)
  experience!: ExperienceView[];

  @ApiInteger(0, PROFILE_LIMITS.maxSalary, { nullable: true })
  salaryMin!: number | null;

  @ApiProperty({ enum: ['EUR'], enumName: 'Currency', nullable: true })
  salaryCurrency!: 'EUR' | null;

  @ApiEnum(VISIBILITIES, 'Visibility')
  visibility!: Visibility;

  @ApiDateTime({ nullable: true })
  hiddenByStaffAt!: Date | null;

  @ApiText(2000, { nullable: true })
  hiddenByStaffReason!: string | null;

  @ApiDateTime({ nullable: true })
  retentionHiddenAt!: Date | null;

  @ApiDateTime()
  createdAt!: Date;

  @ApiDateTime()
  updatedAt!: Date;

  @ApiInteger(1, INT32_MAX)
  version!: number;

  @ApiObject(ExportedSalaryExpectation, { nullable: true })
  salaryExpectation!: ExportedSalaryExpectation | null;
}

/** A staff decision about the profile (which staff member decided is not disclosed, only the role). */
export class ExportedAuditEntry {
  @ApiUuid()
  id!: string;

  @ApiText(64, { pattern: AUDIT_ACTION_PATTERN, example: 'candidate.hide' })
  action!: string;

  @ApiEnum(AUDIT_ACTOR_ROLES, 'AuditActorRole', { description: 'The actor’s role, or `system`' })
  actorRole!: string;

  @ApiText(2000, { nullable: true })
  reason!: string | null;

  @ApiProperty(STATE)
  before!: Record<string, unknown> | null;

  @ApiProperty(STATE)
  after!: Record<string, unknown> | null;

  @ApiDateTime()
  createdAt!: Date;
}

/** Something the person did that is audit-logged (accepting or declining invitations, applying). */
export class ExportedConsentEvent {
  @ApiUuid()
  id!: string;

  @ApiText(64, { pattern: AUDIT_ACTION_PATTERN, example: 'invitation.accept' })
  action!: string;

  @ApiText(32, { pattern: '^[a-z_]+$', example: 'invitation' })
  entityType!: string;

  @ApiUuid()
  entityId!: string;

  @ApiProperty(STATE)
  before!: Record<string, unknown> | null;

  @ApiProperty(STATE)
  after!: Record<string, unknown> | null;

  @ApiDateTime()
  createdAt!: Date;
}

// ApiSchema passes its options other than `name` into the schema: the sections other features add.
@ApiSchema({
  description: 'Everything held about the candidate (GDPR Art. 15/20)',
  // The fixed fields and one section per feature that keeps records about candidates.
  maxProperties: 30,
  additionalProperties: {
    type: 'array',
    items: { type: 'object' },
    description:
      'A section another feature adds, by name: `invitations` and `applications` (consent records), each every record there is, oldest first',
  },
} as ApiSchemaOptions)
export class CandidateExport {
  @ApiDateTime()
  exportedAt!: string;

  @ApiEnum([EXPORT_FORMAT], 'CandidateExportFormat')
  format!: typeof EXPORT_FORMAT;

  @ApiObject(ExportedAccount)
  account!: ExportedAccount;

  @ApiObject(ExportedProfile, { nullable: true, description: 'Null when the candidate has no profile' })
  profile!: ExportedProfile | null;

  @ApiList(ExportedAuditEntry, EXPORT_AUDIT_ENTRIES, { description: 'Staff decisions about the profile, oldest first' })
  auditEntries!: ExportedAuditEntry[];

  @ApiList(ExportedConsentEvent, EXPORT_AUDIT_ENTRIES, { description: 'What the person did that is audit-logged, oldest first' })
  consentEvents!: ExportedConsentEvent[];

  @ApiObject(CandidateDocument, {
    nullable: true,
    description: 'What employers can search about the person right now (null: not in search)',
  })
  searchDocument!: CandidateDocument | null;

  /** Sections other features add (CANDIDATE_DATA handlers), e.g. `invitations` and `applications`. */
  [section: string]: unknown;
}
