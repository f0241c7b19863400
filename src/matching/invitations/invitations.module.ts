import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidatesModule } from '../../candidates/candidates.module';
import { EmployersModule } from '../../employers/employers.module';
import { JobOffersModule } from '../../job-offers/job-offers.module';
import { AuditLogModule } from '../../moderation/audit-log.module';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { ConsentRepository } from './consent.repository';
import { ApplicationEntity } from './entities/application.entity';
import { InvitationEntity } from './entities/invitation.entity';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';

/**
 * Mutual consent: invitations (employer → candidate) and applications
 * (candidate → offer), the records candidates' ContactConsentReader reads to
 * decide whether an employer sees contact data. Consent events go to the
 * audit log (AuditLogModule).
 */
@Module({
  imports: [TypeOrmModule.forFeature([InvitationEntity, ApplicationEntity]), CandidatesModule, EmployersModule, JobOffersModule, AuditLogModule],
  controllers: [InvitationsController, ApplicationsController],
  providers: [ConsentRepository, InvitationsService, ApplicationsService],
})
export class InvitationsModule {}
