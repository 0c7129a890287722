import { Module, Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@guildhall/api-auth';
import { ChapterEntity, ChapterMembershipEntity } from './chapter/chapter.entity';
import { GuildEntity, GuildMembershipEntity } from './guild/guild.entity';
import { GuildLoaders } from './guild/guild.loaders';
import { GuildResolver } from './guild/guild.resolver';
import { GuildsService } from './guild/guild.service';
import { OrgStructure1763800100000 } from './migrations/1763800100000-org-structure';
import { SquadEntity, SquadMembershipEntity } from './squad/squad.entity';
import { TribeEntity } from './tribe/tribe.entity';

export const ORG_MIGRATIONS = [OrgStructure1763800100000];
export const ORG_RESOLVERS: Type[] = [GuildResolver];

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
  providers: [GuildsService, GuildLoaders, ...ORG_RESOLVERS],
  exports: [TypeOrmModule, GuildsService, GuildLoaders],
})
export class OrgModule {}
