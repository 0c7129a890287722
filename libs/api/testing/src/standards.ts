import { TestApi } from './test-api';
import { Person } from './people';

/** Standards operations as a client sends them, for the standards API tests, the bench and browser tests. */
const STANDARD_FIELDS = `id slug title summary level status draftBody hasUnpublishedChanges revision adoptBy deprecationReason
  chapter { id } currentVersion { number body changeNote publishedAt publishedBy { id } } supersededBy { id }`;

export const STANDARDS = {
  create: `mutation($input: CreateStandardInput!) { createStandard(input: $input) { ${STANDARD_FIELDS} } }`,
  update: `mutation($id: ID!, $input: UpdateStandardDraftInput!, $expectedRevision: Int!) {
    updateStandardDraft(id: $id, input: $input, expectedRevision: $expectedRevision) { ${STANDARD_FIELDS} } }`,
  submit: `mutation($id: ID!) { submitStandardForReview(id: $id) { ${STANDARD_FIELDS} } }`,
  comment: `mutation($standardId: ID!, $body: String!) { addReviewComment(standardId: $standardId, body: $body) { id body author { id } createdAt } }`,
  publish: `mutation($id: ID!, $changeNote: String) { publishStandard(id: $id, changeNote: $changeNote) { ${STANDARD_FIELDS} } }`,
  deprecate: `mutation($id: ID!, $reason: String!, $supersededById: ID) { deprecateStandard(id: $id, reason: $reason, supersededById: $supersededById) { ${STANDARD_FIELDS} } }`,
  setAdoption: `mutation($input: SetAdoptionInput!) { setAdoption(input: $input) {
    status version outdated overdue note exemptUntil updatedAt updatedBy { id } squad { id } standard { id } viewerCanRecord } }`,
  bySlug: `query($slug: String!) { standard(slug: $slug) { ${STANDARD_FIELDS}
    versions { number body changeNote publishedBy { id } } reviewComments { id body author { id } }
    adoptions { squad { id } status version outdated overdue note exemptUntil updatedBy { id } }
    adoptionSummary { squads adopted inProgress notStarted exempt outdated overdue adoptionRate } viewerCanEdit viewerCanComment } }`,
  diff: `query($standardId: ID!, $fromVersion: Int!, $toVersion: Int!) { standardDiff(standardId: $standardId, fromVersion: $fromVersion, toVersion: $toVersion) }`,
  list: `query($chapterId: ID, $status: StandardStatus, $first: Int, $after: String) {
    standards(chapterId: $chapterId, status: $status, first: $first, after: $after) { totalCount edges { cursor node { id title status } } pageInfo { hasNextPage endCursor } } }`,
};

export interface TestStandard {
  id: string;
  slug: string;
  revision: number;
  [k: string]: any;
}

/** A draft by `as` (the chapter's lead or an admin). */
export async function createStandard(api: TestApi, as: Person, input: { chapterId: string; title: string; body?: string; [k: string]: unknown }): Promise<TestStandard> {
  return (await api.ok(STANDARDS.create, { input: { body: `# ${input.title}\n\nDo it well.\n`, ...input } }, { token: as.token })).createStandard;
}

/** A draft taken through review to version 1. */
export async function publishedStandard(api: TestApi, as: Person, input: { chapterId: string; title: string; body?: string; [k: string]: unknown }): Promise<TestStandard> {
  const draft = await createStandard(api, as, input);
  await api.ok(STANDARDS.submit, { id: draft.id }, { token: as.token });
  return (await api.ok(STANDARDS.publish, { id: draft.id, changeNote: 'First version' }, { token: as.token })).publishStandard;
}

/** A new body published as the next version (no second review needed once published). */
export async function publishNextVersion(api: TestApi, as: Person, standard: TestStandard, body: string, changeNote?: string): Promise<TestStandard> {
  const edited = (await api.ok(STANDARDS.update, { id: standard.id, input: { body }, expectedRevision: standard.revision }, { token: as.token })).updateStandardDraft;
  return (await api.ok(STANDARDS.publish, { id: edited.id, changeNote }, { token: as.token })).publishStandard;
}
