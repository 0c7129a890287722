import { Module, Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@guildhall/api-auth';
import { BackstageResolver } from './backstage/backstage.resolver';
import { BackstageService } from './backstage/backstage.service';
import { ImportProgressService } from './backstage/import-progress.service';
import { ChapterEntity, ChapterMembershipEntity } from './chapter/chapter.entity';
import { ChapterLoaders } from './chapter/chapter.loaders';
import { ChapterResolver } from './chapter/chapter.resolver';
import { ChapterRepository } from './chapter/chapter.repository';
import { ChaptersService } from './chapter/chapter.service';
import { GuildEntity, GuildMembershipEntity } from './guild/guild.entity';
import { GuildLoaders } from './guild/guild.loaders';
import { GuildResolver } from './guild/guild.resolver';
import { GuildRepository } from './guild/guild.repository';
import { GuildsService } from './guild/guild.service';
import { OrgStructure1763800100000 } from './migrations/1763800100000-org-structure';
import { OrgReadModels1763801000000 } from './migrations/1763801000000-org-read-models';
import { GuildDirectoryCreatedAt1763803200100 } from './migrations/1763803200100-guild-directory-created-at';
import { SquadEntity, SquadMembershipEntity } from './squad/squad.entity';
import { SquadLoaders } from './squad/squad.loaders';
import { SquadResolver } from './squad/squad.resolver';
import { SquadRepository } from './squad/squad.repository';
import { SquadsService } from './squad/squad.service';
import { TribeEntity } from './tribe/tribe.entity';
import { TribeLoaders } from './tribe/tribe.loaders';
import { TribeResolver, TrioResolver } from './tribe/tribe.resolver';
import { TribeRepository } from './tribe/tribe.repository';
import { TribesService } from './tribe/tribe.service';
import { OrgUserResolver } from './user/org-user.resolver';
import { OrgWarningsResolver } from './warnings/org-warnings.resolver';
import { OrgWarningsRepository } from './warnings/org-warnings.repository';
import { OrgWarningsService } from './warnings/org-warnings.service';

export const ORG_MIGRATIONS = [OrgStructure1763800100000, OrgReadModels1763801000000, GuildDirectoryCreatedAt1763803200100];
export const ORG_RESOLVERS: Type[] = [
  TribeResolver,
  TrioResolver,
  SquadResolver,
  ChapterResolver,
  GuildResolver,
  OrgUserResolver,
  OrgWarningsResolver,
  BackstageResolver,
];

const SERVICES = [TribesService, SquadsService, ChaptersService, GuildsService, OrgWarningsService, BackstageService, ImportProgressService];
const REPOSITORIES = [TribeRepository, SquadRepository, ChapterRepository, GuildRepository, OrgWarningsRepository];
const LOADERS = [TribeLoaders, SquadLoaders, ChapterLoaders, GuildLoaders];

@Module({
  imports: [
    AuthModule,
    TypeOrmModule.forFeature([
      TribeEntity,
      SquadEntity,
      SquadMembershipEntity,
      ChapterEntity,
      ChapterMembershipEntity,
      GuildEntity,
      GuildMembershipEntity,
    ]),
  ],
  providers: [...REPOSITORIES, ...SERVICES, ...LOADERS, ...ORG_RESOLVERS],
  exports: [TypeOrmModule, GuildRepository, ...SERVICES, ...LOADERS],
})
export class OrgModule {}
