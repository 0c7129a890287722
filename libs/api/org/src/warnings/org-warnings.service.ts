import { Injectable } from '@nestjs/common';
import { orgWarnings, OrgSnapshot } from './org-warning-rules';
import { OrgWarning } from './org-warning.model';
import { OrgWarningsRepository } from './org-warnings.repository';

/** Applies the warnings rules to a snapshot of the structure. */
@Injectable()
export class OrgWarningsService {
  constructor(private readonly repository: OrgWarningsRepository) {}

  async warnings(): Promise<OrgWarning[]> {
    return orgWarnings(await this.snapshot());
  }

  snapshot(): Promise<OrgSnapshot> {
    return this.repository.snapshot();
  }
}
