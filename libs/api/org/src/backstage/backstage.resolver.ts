import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, OutsideFairShare, Viewer } from '@guildhall/api-core';
import { BackstageService } from './backstage.service';
import { ImportProgress } from './import-progress.model';
import { ImportReport } from './import-report.model';

@Resolver()
export class BackstageResolver {
  constructor(private readonly backstage: BackstageService) {}

  @Query(() => String, {
    description:
      'The whole structure in Backstage catalog format (multi-document YAML of Group and User entities). Emails are included for admins only.',
  })
  exportOrg(@CurrentViewer() viewer: Viewer) {
    return this.backstage.export(viewer);
  }

  @Mutation(() => ImportReport, {
    description:
      'Admins only. Backstage catalog YAML (kind Group with spec.type tribe, squad, chapter or guild; kind User). Idempotent: importing twice changes nothing the second time. dryRun reports without changing anything.',
  })
  importOrg(
    @CurrentViewer() viewer: Viewer,
    @Args('yaml') yaml: string,
    @Args('dryRun', { type: () => Boolean, nullable: true }) dryRun?: boolean | null,
    @Args('progressId', {
      type: () => ID,
      nullable: true,
      description: 'A UUID the client makes up (crypto.randomUUID()) to follow this import with importProgress while it runs; BAD_USER_INPUT when not a UUID.',
    })
    progressId?: string | null,
  ) {
    return this.backstage.import(viewer, yaml, !!dryRun, progressId);
  }

  @Query(() => ImportProgress, {
    nullable: true,
    description:
      'Admins only. How far the importOrg given this progressId has got, from any API instance; null when the id is unknown or its import ended more than 10 minutes ago.',
  })
  @OutsideFairShare()
  importProgress(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.backstage.importProgress(viewer, id);
  }
}
