import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidatesModule } from '../candidates/candidates.module';
import { EmployersModule } from '../employers/employers.module';
import { JobOffersModule } from '../job-offers/job-offers.module';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { ConsentRecordsHandler } from './consent-records.handler';
import { ConsentRepository } from './consent.repository';
import { ApplicationEntity } from './entities/application.entity';
import { InvitationEntity } from './entities/invitation.entity';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';

/**
 * Mutual consent: invitations (employer → candidate) and applications
 * (candidate → offer). ConsentRecordsHandler answers the candidates feature's
 * hooks: whether an employer sees contact data, export and erasure of the records. Consent events go to the
 * audit log (AuditLogModule).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([InvitationEntity, ApplicationEntity]),
    CandidatesModule,
    EmployersModule,
    JobOffersModule,
    AuditLogModule,
    NotificationsModule,
  ],
  controllers: [InvitationsController, ApplicationsController],
  providers: [ConsentRepository, InvitationsService, ApplicationsService, ConsentRecordsHandler],
})
export class ConsentModule {}
