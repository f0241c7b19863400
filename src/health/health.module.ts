import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { SearchEngineModule } from '../search/search-engine.module';
import { HealthController } from './health.controller';

@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'pretty', gracefulShutdownTimeoutMs: 0 }), SearchEngineModule],
  controllers: [HealthController],
})
export class HealthModule {}
