import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Page, pageOf } from '../common/http/pagination';
import { EmployersService } from '../employers/employers.service';
import { JobOfferNotFoundError } from '../job-offers/job-offers.errors';
import { JobOffersRepository } from '../job-offers/job-offers.repository';
import { AuditLogService } from '../audit-log/audit-log.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ConsentRepository } from './consent.repository';
import { ApplicationView, OfferApplicationView, toApplicationView, toOfferApplicationView } from './dto/consent.view';
import type { CreateApplicationDto } from './dto/consent.dto';
import { AlreadyAppliedError, ApplicantHiddenByStaffError, ApplicantProfileRequiredError, OfferClosedError } from './consent.errors';

/**
 * Candidate → offer. Applying is the candidate's explicit consent to share
 * contact data with the offer's employer, so a profile the candidate keeps
 * hidden from search may still apply (not one that staff hid). Only published
 * offers take applications; one per offer and profile. The application is
 * audit-logged (`application.create`, actor the candidate) in its own
 * transaction, without the message. Applications have no status column; the
 * audit entry calls the state they start in `submitted`.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly consent: ConsentRepository,
    private readonly offers: JobOffersRepository,
    private readonly employers: EmployersService,
    private readonly audit: AuditLogService,
    private readonly notifications: NotificationsService,
  ) {}

  async apply(user: AuthenticatedUser, offerId: string, body: CreateApplicationDto): Promise<ApplicationView> {
    const profile = await this.consent.applicantProfile(user.id);
    if (!profile) throw new ApplicantProfileRequiredError();
    if (profile.hiddenByStaff) throw new ApplicantHiddenByStaffError();
    await this.assertOpen(offerId);
    const outcome = await this.consent.insertApplication(
      { jobOfferId: offerId, candidateProfileId: profile.id, message: body.message },
      async (manager, row) => {
        await this.audit.record(manager, {
          actor: user,
          action: 'application.create',
          entityType: 'application',
          entityId: row.id,
          before: null,
          after: { status: 'submitted' },
        });
        // Applying shares the contact data with the offer's employer: the notification may name the applicant.
        const facts = await this.consent.noticeFacts(manager, offerId, profile.id);
        if (!facts) return;
        await this.notifications.notify(manager, {
          recipientUserId: facts.employerUserId,
          type: 'application.received',
          key: `application.received:${row.id}`,
          link: `/employer/offers/${offerId}/responses`,
          params: { offerTitle: facts.offerTitle, candidateName: `${facts.firstName} ${facts.lastName}` },
        });
      },
    );
    if (outcome.kind === 'duplicate') throw new AlreadyAppliedError();
    if (outcome.kind === 'not_inserted') {
      await this.assertOpen(offerId); // closed or unpublished meanwhile
      throw new ApplicantProfileRequiredError(); // the profile was erased meanwhile
    }
    return toApplicationView(outcome.row);
  }

  /** The offer's owner (any verification status: these candidates chose to share) and staff; others 404. */
  async listForOffer(user: AuthenticatedUser, offerId: string, page: number, limit: number): Promise<Page<OfferApplicationView>> {
    const offer = await this.offers.findWithEmployer(offerId);
    if (!offer) throw new JobOfferNotFoundError();
    if (user.role !== 'staff') {
      const employer = await this.employers.findByUser(user.id);
      if (!employer || offer.employerId !== employer.id) throw new JobOfferNotFoundError();
    }
    const [rows, total] = await this.consent.applicationsOfOffer(offerId, page, limit);
    return pageOf(rows.map(toOfferApplicationView), total, { page, limit });
  }

  /** Published: fine. Closed: 409. Anything else (draft, in review, rejected, absent): not visible to candidates, 404. */
  private async assertOpen(offerId: string): Promise<void> {
    const offer = await this.offers.findWithEmployer(offerId);
    if (offer?.status === 'closed') throw new OfferClosedError();
    if (offer?.status !== 'published') throw new JobOfferNotFoundError();
  }
}
