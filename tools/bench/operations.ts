/** What the bench measures: seven operations of the web app's hot paths, sent by operationName. */
const POST_FIELDS = `id title kind tags score commentCount viewerHasUpvoted pinned createdAt author { id displayName } guild { id name slug }`;

const ADOPTION_FIELDS = 'status version outdated exemptUntil';
const PERSON = 'id displayName';
const SUMMARY_FIELDS = 'squads adopted inProgress notStarted exempt outdated adoptionRate';

export const OPERATIONS = {
  feed: {
    operationName: 'Feed',
    query: `query Feed { feed(first: 20) { pageInfo { hasNextPage endCursor } edges { node { ${POST_FIELDS} } } } }`,
  },
  guild: {
    operationName: 'GuildPage',
    query: `query GuildPage($slug: String!) { guild(slug: $slug) { id name description posts(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${POST_FIELDS} } } } } }`,
  },
  post: {
    operationName: 'PostPage',
    query: `query PostPage($id: ID!) { post(id: $id) { ${POST_FIELDS} body updatedAt locked acceptedAnswer { id }
    comments(first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { node { id body createdAt author { id displayName } parent { id } } } } } }`,
  },
  standard: {
    operationName: 'StandardPage',
    query: `query StandardPage($slug: String!) { standard(slug: $slug) { id slug title summary level status adoptBy chapter { id name slug }
    currentVersion { number body changeNote publishedAt publishedBy { id displayName } } versions { number changeNote publishedAt }
    adoptions { ${ADOPTION_FIELDS} squad { id name slug } note updatedAt } adoptionSummary { ${SUMMARY_FIELDS} } } }`,
  },
  matrix: {
    operationName: 'AdoptionMatrix',
    query: `query AdoptionMatrix($slug: String!) { tribe(slug: $slug) { id name squads { id name slug } chapters { id name
    standards(status: PUBLISHED) { id slug title level currentVersion { number } adoptions { ${ADOPTION_FIELDS} squad { id } } adoptionSummary { ${SUMMARY_FIELDS} } } } } }`,
  },
  /** The web's /alliances/:slug (libs/web/alliances alliance-page.tsx and its sections' fragments), fields merged. */
  alliance: {
    operationName: 'AlliancePage',
    query: `query AlliancePage($slug: String!) { alliance(slug: $slug) { id name goal status progress revision viewerCanEdit createdAt createdBy { ${PERSON} }
    tribesViewerCanAdd { id name } tribes { id slug name trio { tribeLead { ${PERSON} } productLead { ${PERSON} } designLead { ${PERSON} } } squads { id name } }
    criteria objectives { id title progress keyResults { id title unit baseline target current progress updatedAt viewerCanUpdate history { value updatedAt } } }
    milestones { id title dueDate status overdue squad { id name } }
    decisions { id title context outcome criteria decidedAt decidedBy { ${PERSON} } } } }`,
  },
  search: {
    operationName: 'Search',
    query: `query Search($q: String!) { search(query: $q, first: 20) { pageInfo { hasNextPage endCursor } edges { snippet node {
    __typename ... on Post { id title score author { displayName } guild { name } } ... on Guild { id name slug } ... on User { id displayName } } } } }`,
  },
};

export type Endpoint = keyof typeof OPERATIONS;
export const ENDPOINTS = Object.keys(OPERATIONS) as Endpoint[];

/** Variables for each endpoint; requests cycle through them, so caches do not flatter. */
export type Variants = Record<Endpoint, Record<string, unknown>[]>;

/** The JSON body of a request. */
export function body(endpoint: Endpoint, variables: Record<string, unknown>): string {
  const { operationName, query } = OPERATIONS[endpoint];
  return JSON.stringify({ operationName, query, variables });
}
