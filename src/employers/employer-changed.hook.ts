import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Hook } from '../common/hooks/hook';

/** What changed about an organisation that features built on it must follow. */
export interface EmployerChange {
  employerId: string;
  actor: AuthenticatedUser;
  /** Set when the organisation stopped being verified (identity changed, staff revoked): why. */
  verificationLostReason: string | null;
  /** The public name changed (it is shown wherever the organisation's offers are). */
  nameChanged: boolean;
}

/** Work a handler needs done once the transaction has committed (e.g. push index changes now). */
export type AfterCommit = () => Promise<void>;

export interface EmployerChangedHandler {
  /** Runs in the transaction of the change; may return work for after the commit. */
  employerChanged(manager: EntityManager, change: EmployerChange): Promise<AfterCommit | void>;
}

/** Job offers follow their employer: no public offers without verification, the current name in search. */
export const EMPLOYER_CHANGED = new Hook<EmployerChangedHandler>('employer changed');
