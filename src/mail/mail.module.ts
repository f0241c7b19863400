import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailOutboxEntryEntity } from './entities/mail-outbox-entry.entity';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MailOutboxService } from './mail-outbox.service';
import { MailProcessor } from './mail-processor';
import { MailTransport } from './mail-transport';
import { MailWorker } from './mail-worker';

export { MailOutboxService };
export type { OutgoingMail } from './outgoing-mail';

/**
 * Outgoing mail: the durable outbox, the platform's layout, and the worker that
 * sends over SMTP (SMTP_URL) or writes .eml files (docs/mail.md). Features
 * import it and call MailOutboxService.enqueue in their write transactions.
 */
@Module({
  imports: [TypeOrmModule.forFeature([MailOutboxEntryEntity])],
  providers: [MailOutboxRepository, MailOutboxService, MailProcessor, MailTransport, MailWorker],
  exports: [MailOutboxService],
})
export class MailModule {}
