import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@guildhall/api-core';
import { BackstageService } from './backstage.service';
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
  importOrg(@CurrentViewer() viewer: Viewer, @Args('yaml') yaml: string, @Args('dryRun', { type: () => Boolean, nullable: true }) dryRun?: boolean | null) {
    return this.backstage.import(viewer, yaml, !!dryRun);
  }
}
