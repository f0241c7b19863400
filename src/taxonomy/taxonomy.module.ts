import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EscoLabelEntity } from './entities/esco-label.entity';
import { EscoOccupationSkillEntity } from './entities/esco-occupation-skill.entity';
import { EscoOccupationEntity } from './entities/esco-occupation.entity';
import { EscoSkillEntity } from './entities/esco-skill.entity';
import { IscoGroupEntity } from './entities/isco-group.entity';
import { TaxonomyBootstrap } from './taxonomy-bootstrap';
import { TaxonomyImportRepository } from './taxonomy-import.repository';
import { TaxonomyImporter } from './taxonomy-importer.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([EscoOccupationEntity, EscoSkillEntity, EscoLabelEntity, EscoOccupationSkillEntity, IscoGroupEntity]),
  ],
  providers: [TaxonomyImportRepository, TaxonomyImporter, TaxonomyBootstrap],
  exports: [TaxonomyImporter],
})
export class TaxonomyModule {}
