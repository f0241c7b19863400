import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { LoggerModule } from 'nestjs-pino';
import { AuthModule } from './auth/auth.module';
import { CandidatesModule } from './candidates/candidates.module';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { createValidationPipe } from './common/http/validation';
import { AppConfig } from './config/app-config';
import { EmployersModule } from './employers/employers.module';
import { HealthModule } from './health/health.module';
import { JobOffersModule } from './job-offers/job-offers.module';
import { MailModule } from './mail/mail.module';
import { ModerationModule } from './moderation/moderation.module';
import { StatisticsModule } from './statistics/statistics.module';
import { DatabaseModule } from './infrastructure/database/database.module';
import { SearchIndexingModule } from './search/indexing/search-indexing.module';
import { ConsentModule } from './consent/consent.module';
import { MatchingModule } from './matching/matching.module';
import { NotificationsModule } from './notifications/notifications.module';
import { SavedSearchesModule } from './saved-searches/saved-searches.module';
import { TaxonomyModule } from './taxonomy/taxonomy.module';
import { PlacesModule } from './places/places.module';
import { WebModule } from './web/web.module';

@Module({})
export class AppModule {
  /** The whole app for a resolved configuration (main.ts and the e2e tests build it the same way). */
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        // Config is validated before this point (validateEnvironment); here it is only made injectable.
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [() => config] }),
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
            customProps: () => ({ service: 'talentbridge' }),
          },
        }),
        // Registered once for the whole app: feature modules only declare @Cron jobs.
        ScheduleModule.forRoot(),
        DatabaseModule,
        MailModule,
        AuthModule,
        NotificationsModule,
        HealthModule,
        TaxonomyModule,
        PlacesModule,
        SearchIndexingModule,
        MatchingModule,
        EmployersModule,
        JobOffersModule,
        ModerationModule,
        StatisticsModule,
        CandidatesModule,
        ConsentModule,
        SavedSearchesModule,
        // The web app at / (mounted after the API routes: see WebModule).
        WebModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
