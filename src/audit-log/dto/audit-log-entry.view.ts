import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { ApiDateTime, ApiEnum, ApiText, ApiUuid } from '../../common/http/api-schema';
import { ROLES } from '../../auth/role';

/** Who acted: a role, or `system` (see AuditLogService.record). */
export const AUDIT_ACTOR_ROLES = [...ROLES, 'system'] as const;
/** `<entity type>.<verb>`, e.g. `job_offer.approve`. */
export const AUDIT_ACTION_PATTERN = '^[a-z_]+\\.[a-z_]+$';

const STATE = {
  type: 'object',
  nullable: true,
  description: 'The relevant state, e.g. {"status": "pending_review"} → {"status": "published"}',
} as ApiPropertyOptions;

/** One audit log entry as staff see it. */
export class AuditLogView {
  @ApiUuid()
  id!: string;

  @ApiUuid({ nullable: true, description: 'Who: the signed-in user (null for system actions, and once anonymised)' })
  actorId!: string | null;

  @ApiEnum(AUDIT_ACTOR_ROLES, 'AuditActorRole', { description: 'The actor’s role, or `system`' })
  actorRole!: string;

  @ApiText(64, {
    pattern: AUDIT_ACTION_PATTERN,
    example: 'job_offer.approve',
    description: 'What, e.g. `job_offer.approve`, `employer.verify`, `candidate.hide`',
  })
  action!: string;

  @ApiText(32, { pattern: '^[a-z_]+$', example: 'job_offer' })
  entityType!: string;

  @ApiUuid()
  entityId!: string;

  @ApiText(2000, { nullable: true, description: 'Why' })
  reason!: string | null;

  @ApiProperty(STATE)
  before!: Record<string, unknown> | null;

  @ApiProperty(STATE)
  after!: Record<string, unknown> | null;

  @ApiDateTime()
  createdAt!: Date;

  @ApiDateTime({ nullable: true, description: 'When personal data in the entry was removed (GDPR erasure)' })
  anonymisedAt!: Date | null;
}
