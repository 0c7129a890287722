import { Query, Resolver } from '@nestjs/graphql';
import { OrgWarning } from './org-warning.model';
import { OrgWarningsService } from './org-warnings.service';

@Resolver()
export class OrgWarningsResolver {
  constructor(private readonly warnings: OrgWarningsService) {}

  @Query(() => [OrgWarning], { description: 'Where the structure drifts from the model; admins and leads act on these. Everyone signed in may read them.' })
  orgWarnings() {
    return this.warnings.warnings();
  }
}
