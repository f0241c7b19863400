import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CandidateFactsReader } from '../candidates/candidate-facts.reader';
import { CandidateProfileNotFoundError } from '../candidates/candidates.errors';
import { Page, pageOf } from '../common/http/pagination';
import { EmployerNotVerifiedError } from '../employers/employers.errors';
import { EmployersService } from '../employers/employers.service';
import { JobOfferNotFoundError } from '../job-offers/job-offers.errors';
import { JobOffersRepository } from '../job-offers/job-offers.repository';
import { AuditLogService } from '../audit-log/audit-log.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ConsentRecordsHandler } from './consent-records.handler';
import { ConsentRepository } from './consent.repository';
import { CandidateInvitationView, InvitationView, toCandidateInvitationView, toInvitationView } from './dto/consent.view';
import { OfferInvitationView, toOfferInvitationView } from './dto/offer-invitation.view';
import type { CreateInvitationDto } from './dto/consent.dto';
import { AlreadyInvitedError, InvitationAlreadyAnsweredError, InvitationNotFoundError, OfferNotPublishedError } from './consent.errors';

/**
 * Employer → candidate. A verified employer invites a profile it can see
 * (visible to employers) to one of its published offers, once per offer; the
 * invited candidate accepts (sharing contact data with that employer only)
 * or declines, once. Each of these consent events is written to the audit
 * log in the transaction of the change, with statuses only (never the message
 * or contact data).
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly consent: ConsentRepository,
    private readonly offers: JobOffersRepository,
    private readonly employers: EmployersService,
    private readonly candidates: CandidateFactsReader,
    private readonly contactConsent: ConsentRecordsHandler,
    private readonly audit: AuditLogService,
    private readonly notifications: NotificationsService,
  ) {}

  async invite(user: AuthenticatedUser, offerId: string, body: CreateInvitationDto): Promise<InvitationView> {
    const employer = await this.employers.findByUser(user.id);
    const offer = await this.offers.findWithEmployer(offerId);
    // Someone else's offer is "not found", and so is an offer of an employer without an organisation.
    if (!offer || !employer || offer.employerId !== employer.id) throw new JobOfferNotFoundError();
    if (employer.verificationStatus !== 'verified') throw new EmployerNotVerifiedError('invite candidates');
    if (offer.status !== 'published') throw new OfferNotPublishedError(offer.status);
    // Hidden, staff-hidden or absent profiles answer alike: never reveal that a hidden profile exists.
    const [candidate] = await this.candidates.factsFor([body.candidateId]);
    if (!candidate) throw new CandidateProfileNotFoundError();

    const outcome = await this.consent.insertInvitation(
      {
        jobOfferId: offer.id,
        employerId: employer.id,
        employerUserId: user.id,
        candidateProfileId: candidate.profileId,
        message: body.message,
      },
      async (manager, row) => {
        await this.audit.record(manager, {
          actor: user,
          action: 'invitation.create',
          entityType: 'invitation',
          entityId: row.id,
          before: null,
          after: { status: row.status },
        });
        // The candidate learns who invites them to what: the employer's name and the offer, not the message.
        await this.notifications.notify(manager, {
          recipientUserId: candidate.userId,
          type: 'invitation.received',
          key: `invitation.received:${row.id}`,
          link: '/me/invitations',
          params: { employerName: employer.name, offerTitle: offer.title },
        });
      },
    );
    if (outcome.kind === 'duplicate') throw new AlreadyInvitedError();
    if (outcome.kind === 'not_inserted') {
      // Closed meanwhile, or the profile was erased meanwhile.
      const current = await this.offers.findWithEmployer(offerId);
      if (current && current.status !== 'published') throw new OfferNotPublishedError(current.status);
      if (!current) throw new JobOfferNotFoundError();
      throw new CandidateProfileNotFoundError();
    }
    return toInvitationView(outcome.row);
  }

  /**
   * Invitations sent for one offer, newest first: its owner (verified or not,
   * these are its own records) and staff; anyone else 404. Contact data only
   * where the candidate accepted that invitation and the contact-consent rule
   * holds for the inviting employer.
   */
  async listForOffer(user: AuthenticatedUser, offerId: string, page: number, limit: number): Promise<Page<OfferInvitationView>> {
    const offer = await this.offers.findWithEmployer(offerId);
    if (!offer) throw new JobOfferNotFoundError();
    if (user.role !== 'staff') {
      const employer = await this.employers.findByUser(user.id);
      if (!employer || offer.employerId !== employer.id) throw new JobOfferNotFoundError();
    }
    const [rows, total] = await this.consent.invitationsOfOffer(offerId, page, limit);
    const consented = new Set<string>();
    const acceptedByEmployer = new Map<string, string[]>();
    for (const r of rows) {
      if (r.status !== 'accepted' || !r.profileId || !r.employerUserId) continue;
      acceptedByEmployer.set(r.employerUserId, [...(acceptedByEmployer.get(r.employerUserId) ?? []), r.profileId]);
    }
    for (const [employerUserId, profileIds] of acceptedByEmployer) {
      for (const id of await this.contactConsent.consentedProfiles(employerUserId, profileIds)) consented.add(`${employerUserId}:${id}`);
    }
    const items = rows.map((r) => toOfferInvitationView(r, consented.has(`${r.employerUserId}:${r.profileId}`)));
    return pageOf(items, total, { page, limit });
  }

  /** Invitations to the calling candidate, newest first (an empty page before the profile exists). */
  async mine(user: AuthenticatedUser, page: number, limit: number): Promise<Page<CandidateInvitationView>> {
    const profileId = await this.candidates.profileIdOfUser(user.id);
    if (!profileId) return pageOf([], 0, { page, limit });
    const [rows, total] = await this.consent.invitationsOfCandidate(profileId, page, limit);
    return pageOf(rows.map(toCandidateInvitationView), total, { page, limit });
  }

  accept(user: AuthenticatedUser, id: string): Promise<CandidateInvitationView> {
    return this.answer(user, id, 'accepted');
  }

  decline(user: AuthenticatedUser, id: string): Promise<CandidateInvitationView> {
    return this.answer(user, id, 'declined');
  }

  /** Only the invited candidate (anyone else: 404), only from pending (409 otherwise). */
  private async answer(user: AuthenticatedUser, id: string, status: 'accepted' | 'declined'): Promise<CandidateInvitationView> {
    const profileId = await this.candidates.profileIdOfUser(user.id);
    if (!profileId) throw new InvitationNotFoundError();
    const answered = await this.consent.answerInvitation(id, profileId, status, async (manager, change) => {
      await this.audit.record(manager, {
        actor: user,
        action: status === 'accepted' ? 'invitation.accept' : 'invitation.decline',
        entityType: 'invitation',
        entityId: change.id,
        before: { status: change.before },
        after: { status: change.after },
      });
      await this.notifyEmployer(manager, change.id, profileId, status);
    });
    if (!answered) {
      const current = await this.consent.findInvitation(id);
      if (!current || current.candidateProfileId !== profileId) throw new InvitationNotFoundError();
      throw new InvitationAlreadyAnsweredError(current.status);
    }
    const row = await this.consent.invitationOfCandidate(id, profileId);
    if (!row) throw new InvitationNotFoundError();
    return toCandidateInvitationView(row);
  }

  /**
   * The inviting employer hears the answer. Accepting shares the contact data,
   * so that notification carries name and e-mail; a decline names the profile
   * by its headline only (what the employer saw before).
   */
  private async notifyEmployer(manager: EntityManager, invitationId: string, profileId: string, status: 'accepted' | 'declined') {
    const invitation = await this.consent.findInvitation(invitationId, manager);
    if (!invitation?.employerUserId) return;
    const facts = await this.consent.noticeFacts(manager, invitation.jobOfferId, profileId);
    if (!facts) return;
    const common = { recipientUserId: invitation.employerUserId, link: `/employer/offers/${facts.offerId}/responses` };
    await this.notifications.notify(
      manager,
      status === 'accepted'
        ? {
            ...common,
            type: 'invitation.accepted',
            key: `invitation.accepted:${invitationId}`,
            params: { offerTitle: facts.offerTitle, candidateName: `${facts.firstName} ${facts.lastName}`, candidateEmail: facts.email },
          }
        : {
            ...common,
            type: 'invitation.declined',
            key: `invitation.declined:${invitationId}`,
            params: { offerTitle: facts.offerTitle, headline: facts.headline ?? facts.firstName },
          },
    );
  }
}
