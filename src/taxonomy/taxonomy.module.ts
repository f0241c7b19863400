import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SearchEngineModule } from '../search/search-engine.module';
import { EscoLabelEntity } from './entities/esco-label.entity';
import { EscoOccupationSkillEntity } from './entities/esco-occupation-skill.entity';
import { EscoOccupationEntity } from './entities/esco-occupation.entity';
import { EscoSkillEntity } from './entities/esco-skill.entity';
import { IscoGroupEntity } from './entities/isco-group.entity';
import { EscoSkillBroaderEntity } from './entities/esco-skill-broader.entity';
import { EscoSkillGroupEntity } from './entities/esco-skill-group.entity';
import { ConceptLabeller } from './concept-labeller';
import { TaxonomyBootstrap } from './taxonomy-bootstrap';
import { TaxonomyImportRepository } from './taxonomy-import.repository';
import { TaxonomyImporterService } from './taxonomy-importer.service';
import { TaxonomyIndexSync } from './taxonomy-index-sync';
import { TaxonomyController } from './taxonomy.controller';
import { TaxonomyRepository } from './taxonomy.repository';
import { TaxonomyService } from './taxonomy.service';
import { TaxonomyLookups } from './taxonomy-lookups';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      EscoOccupationEntity,
      EscoSkillEntity,
      EscoLabelEntity,
      EscoOccupationSkillEntity,
      IscoGroupEntity,
      EscoSkillBroaderEntity,
      EscoSkillGroupEntity,
    ]),
    SearchEngineModule,
  ],
  controllers: [TaxonomyController],
  providers: [
    TaxonomyImportRepository,
    TaxonomyImporterService,
    TaxonomyRepository,
    TaxonomyService,
    TaxonomyIndexSync,
    TaxonomyBootstrap,
    ConceptLabeller,
    TaxonomyLookups,
  ],
  exports: [TaxonomyImporterService, TaxonomyService, TaxonomyRepository, ConceptLabeller, TaxonomyLookups],
})
export class TaxonomyModule {}
