/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PeoplePage($first: Int, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          discipline\n          role\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PeoplePageDocument,
    "\n  query PersonPage($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      email\n      discipline\n      bio\n      role\n      createdAt\n      squad {\n        id\n        slug\n        name\n        tribe {\n          id\n          slug\n          name\n        }\n      }\n      chapter {\n        id\n        slug\n        name\n      }\n      guilds {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.PersonPageDocument,
    "\n  mutation ProfilePage($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      discipline\n      bio\n    }\n  }\n": typeof types.ProfilePageDocument,
    "\n  mutation SignInPage($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        displayName\n        email\n        discipline\n        bio\n        role\n      }\n    }\n  }\n": typeof types.SignInPageDocument,
    "\n  mutation AppShellSignOut {\n    signOut\n  }\n": typeof types.AppShellSignOutDocument,
    "\n  mutation SignUpPage($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        displayName\n        email\n        discipline\n        bio\n        role\n      }\n    }\n  }\n": typeof types.SignUpPageDocument,
    "\n  query AppShell {\n    me {\n      id\n      displayName\n      email\n      discipline\n      bio\n      role\n    }\n  }\n": typeof types.AppShellDocument,
    "\n  query ChapterPage($slug: String!) {\n    chapter(slug: $slug) {\n      id\n      slug\n      name\n      discipline\n      memberCount\n      tribe {\n        id\n        slug\n        name\n      }\n      lead {\n        id\n        displayName\n      }\n      members {\n        id\n        displayName\n        discipline\n        squad {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.ChapterPageDocument,
    "\n  mutation GuildPageJoin($guildId: ID!) {\n    joinGuild(guildId: $guildId) {\n      id\n      memberCount\n      viewerIsMember\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.GuildPageJoinDocument,
    "\n  mutation GuildPageLeave($guildId: ID!) {\n    leaveGuild(guildId: $guildId) {\n      id\n      memberCount\n      viewerIsMember\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.GuildPageLeaveDocument,
    "\n  mutation GuildPageVolunteer($guildId: ID!) {\n    volunteerAsCoordinator(guildId: $guildId) {\n      id\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.GuildPageVolunteerDocument,
    "\n  mutation GuildPageStepDown($guildId: ID!) {\n    stepDownAsCoordinator(guildId: $guildId) {\n      id\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.GuildPageStepDownDocument,
    "\n  query GuildPage($slug: String!) {\n    guild(slug: $slug) {\n      id\n      slug\n      name\n      description\n      memberCount\n      viewerIsMember\n      createdAt\n      coordinators {\n        id\n        displayName\n      }\n      members(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.GuildPageDocument,
    "\n  query GuildsPage($first: Int, $after: String, $search: String) {\n    guilds(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n          description\n          memberCount\n          viewerIsMember\n          coordinators {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.GuildsPageDocument,
    "\n  mutation GuildsPageCreate($input: CreateGuildInput!) {\n    createGuild(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.GuildsPageCreateDocument,
    "\n  mutation ImportPage($yaml: String!, $dryRun: Boolean) {\n    importOrg(yaml: $yaml, dryRun: $dryRun) {\n      dryRun\n      created\n      updated\n      unchanged\n      errors\n    }\n  }\n": typeof types.ImportPageDocument,
    "\n  query ImportPageExport {\n    exportOrg\n  }\n": typeof types.ImportPageExportDocument,
    "\n  query OrgAdminPage {\n    tribes {\n      id\n      slug\n      name\n      squads {\n        id\n        slug\n        name\n        memberCount\n      }\n      chapters {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OrgAdminPageDocument,
    "\n  query OrgAdminPagePerson($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      squad {\n        id\n        name\n        tribe {\n          id\n          name\n        }\n      }\n      chapter {\n        id\n        name\n        tribe {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrgAdminPagePersonDocument,
    "\n  mutation OrgAdminPageCreateTribe($input: CreateTribeInput!) {\n    createTribe(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.OrgAdminPageCreateTribeDocument,
    "\n  mutation OrgAdminPageCreateSquad($input: CreateSquadInput!) {\n    createSquad(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.OrgAdminPageCreateSquadDocument,
    "\n  mutation OrgAdminPageCreateChapter($input: CreateChapterInput!) {\n    createChapter(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.OrgAdminPageCreateChapterDocument,
    "\n  mutation OrgAdminPageSetTrio($input: SetTrioInput!) {\n    setTrio(input: $input) {\n      id\n      trio {\n        complete\n      }\n    }\n  }\n": typeof types.OrgAdminPageSetTrioDocument,
    "\n  mutation OrgAdminPageMovePerson($squadId: ID!, $userId: ID!) {\n    addSquadMember(squadId: $squadId, userId: $userId) {\n      id\n      slug\n      name\n      memberCount\n    }\n  }\n": typeof types.OrgAdminPageMovePersonDocument,
    "\n  query OrgChartPage {\n    tribes {\n      id\n      slug\n      name\n      mission\n      memberCount\n      trio {\n        complete\n        tribeLead {\n          id\n          displayName\n        }\n        productLead {\n          id\n          displayName\n        }\n        designLead {\n          id\n          displayName\n        }\n      }\n      squads {\n        id\n        slug\n        name\n        memberCount\n        framework\n      }\n      chapters {\n        id\n        slug\n        name\n        discipline\n        memberCount\n        lead {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.OrgChartPageDocument,
    "\n  query OrgHealthPage {\n    orgWarnings {\n      kind\n      message\n      subjectId\n      subjectName\n    }\n  }\n": typeof types.OrgHealthPageDocument,
    "\n  query OrgHealthPageTribes {\n    tribes {\n      id\n      slug\n      squads {\n        id\n        slug\n      }\n      chapters {\n        id\n        slug\n      }\n    }\n  }\n": typeof types.OrgHealthPageTribesDocument,
    "\n  query OrgHealthPageGuilds {\n    guilds(first: 100) {\n      edges {\n        node {\n          id\n          slug\n        }\n      }\n    }\n  }\n": typeof types.OrgHealthPageGuildsDocument,
    "\n  query OrgAdminPagePeople($search: String) {\n    users(first: 50, search: $search) {\n      edges {\n        node {\n          id\n          displayName\n          discipline\n        }\n      }\n    }\n  }\n": typeof types.OrgAdminPagePeopleDocument,
    "\n  query SquadPage($slug: String!) {\n    squad(slug: $slug) {\n      id\n      slug\n      name\n      mission\n      framework\n      memberCount\n      tribe {\n        id\n        slug\n        name\n      }\n      productOwner {\n        id\n        displayName\n      }\n      agileCoach {\n        id\n        displayName\n      }\n      members {\n        id\n        displayName\n        discipline\n        chapter {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.SquadPageDocument,
    "\n  query TribePage($slug: String!) {\n    tribe(slug: $slug) {\n      id\n      slug\n      name\n      mission\n      memberCount\n      trio {\n        complete\n        tribeLead {\n          id\n          displayName\n        }\n        productLead {\n          id\n          displayName\n        }\n        designLead {\n          id\n          displayName\n        }\n      }\n      squads {\n        id\n        slug\n        name\n        mission\n        memberCount\n        productOwner {\n          id\n          displayName\n        }\n      }\n      chapters {\n        id\n        slug\n        name\n        discipline\n        memberCount\n        lead {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.TribePageDocument,
    "\n  query OrgWarningBadges {\n    orgWarnings {\n      kind\n      message\n      subjectId\n      subjectName\n    }\n  }\n": typeof types.OrgWarningBadgesDocument,
};
const documents: Documents = {
    "\n  query PeoplePage($first: Int, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          discipline\n          role\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PeoplePageDocument,
    "\n  query PersonPage($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      email\n      discipline\n      bio\n      role\n      createdAt\n      squad {\n        id\n        slug\n        name\n        tribe {\n          id\n          slug\n          name\n        }\n      }\n      chapter {\n        id\n        slug\n        name\n      }\n      guilds {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.PersonPageDocument,
    "\n  mutation ProfilePage($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      discipline\n      bio\n    }\n  }\n": types.ProfilePageDocument,
    "\n  mutation SignInPage($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        displayName\n        email\n        discipline\n        bio\n        role\n      }\n    }\n  }\n": types.SignInPageDocument,
    "\n  mutation AppShellSignOut {\n    signOut\n  }\n": types.AppShellSignOutDocument,
    "\n  mutation SignUpPage($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        displayName\n        email\n        discipline\n        bio\n        role\n      }\n    }\n  }\n": types.SignUpPageDocument,
    "\n  query AppShell {\n    me {\n      id\n      displayName\n      email\n      discipline\n      bio\n      role\n    }\n  }\n": types.AppShellDocument,
    "\n  query ChapterPage($slug: String!) {\n    chapter(slug: $slug) {\n      id\n      slug\n      name\n      discipline\n      memberCount\n      tribe {\n        id\n        slug\n        name\n      }\n      lead {\n        id\n        displayName\n      }\n      members {\n        id\n        displayName\n        discipline\n        squad {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.ChapterPageDocument,
    "\n  mutation GuildPageJoin($guildId: ID!) {\n    joinGuild(guildId: $guildId) {\n      id\n      memberCount\n      viewerIsMember\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n": types.GuildPageJoinDocument,
    "\n  mutation GuildPageLeave($guildId: ID!) {\n    leaveGuild(guildId: $guildId) {\n      id\n      memberCount\n      viewerIsMember\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n": types.GuildPageLeaveDocument,
    "\n  mutation GuildPageVolunteer($guildId: ID!) {\n    volunteerAsCoordinator(guildId: $guildId) {\n      id\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n": types.GuildPageVolunteerDocument,
    "\n  mutation GuildPageStepDown($guildId: ID!) {\n    stepDownAsCoordinator(guildId: $guildId) {\n      id\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n": types.GuildPageStepDownDocument,
    "\n  query GuildPage($slug: String!) {\n    guild(slug: $slug) {\n      id\n      slug\n      name\n      description\n      memberCount\n      viewerIsMember\n      createdAt\n      coordinators {\n        id\n        displayName\n      }\n      members(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.GuildPageDocument,
    "\n  query GuildsPage($first: Int, $after: String, $search: String) {\n    guilds(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n          description\n          memberCount\n          viewerIsMember\n          coordinators {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.GuildsPageDocument,
    "\n  mutation GuildsPageCreate($input: CreateGuildInput!) {\n    createGuild(input: $input) {\n      id\n      slug\n    }\n  }\n": types.GuildsPageCreateDocument,
    "\n  mutation ImportPage($yaml: String!, $dryRun: Boolean) {\n    importOrg(yaml: $yaml, dryRun: $dryRun) {\n      dryRun\n      created\n      updated\n      unchanged\n      errors\n    }\n  }\n": types.ImportPageDocument,
    "\n  query ImportPageExport {\n    exportOrg\n  }\n": types.ImportPageExportDocument,
    "\n  query OrgAdminPage {\n    tribes {\n      id\n      slug\n      name\n      squads {\n        id\n        slug\n        name\n        memberCount\n      }\n      chapters {\n        id\n        name\n      }\n    }\n  }\n": types.OrgAdminPageDocument,
    "\n  query OrgAdminPagePerson($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      squad {\n        id\n        name\n        tribe {\n          id\n          name\n        }\n      }\n      chapter {\n        id\n        name\n        tribe {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OrgAdminPagePersonDocument,
    "\n  mutation OrgAdminPageCreateTribe($input: CreateTribeInput!) {\n    createTribe(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.OrgAdminPageCreateTribeDocument,
    "\n  mutation OrgAdminPageCreateSquad($input: CreateSquadInput!) {\n    createSquad(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.OrgAdminPageCreateSquadDocument,
    "\n  mutation OrgAdminPageCreateChapter($input: CreateChapterInput!) {\n    createChapter(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.OrgAdminPageCreateChapterDocument,
    "\n  mutation OrgAdminPageSetTrio($input: SetTrioInput!) {\n    setTrio(input: $input) {\n      id\n      trio {\n        complete\n      }\n    }\n  }\n": types.OrgAdminPageSetTrioDocument,
    "\n  mutation OrgAdminPageMovePerson($squadId: ID!, $userId: ID!) {\n    addSquadMember(squadId: $squadId, userId: $userId) {\n      id\n      slug\n      name\n      memberCount\n    }\n  }\n": types.OrgAdminPageMovePersonDocument,
    "\n  query OrgChartPage {\n    tribes {\n      id\n      slug\n      name\n      mission\n      memberCount\n      trio {\n        complete\n        tribeLead {\n          id\n          displayName\n        }\n        productLead {\n          id\n          displayName\n        }\n        designLead {\n          id\n          displayName\n        }\n      }\n      squads {\n        id\n        slug\n        name\n        memberCount\n        framework\n      }\n      chapters {\n        id\n        slug\n        name\n        discipline\n        memberCount\n        lead {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.OrgChartPageDocument,
    "\n  query OrgHealthPage {\n    orgWarnings {\n      kind\n      message\n      subjectId\n      subjectName\n    }\n  }\n": types.OrgHealthPageDocument,
    "\n  query OrgHealthPageTribes {\n    tribes {\n      id\n      slug\n      squads {\n        id\n        slug\n      }\n      chapters {\n        id\n        slug\n      }\n    }\n  }\n": types.OrgHealthPageTribesDocument,
    "\n  query OrgHealthPageGuilds {\n    guilds(first: 100) {\n      edges {\n        node {\n          id\n          slug\n        }\n      }\n    }\n  }\n": types.OrgHealthPageGuildsDocument,
    "\n  query OrgAdminPagePeople($search: String) {\n    users(first: 50, search: $search) {\n      edges {\n        node {\n          id\n          displayName\n          discipline\n        }\n      }\n    }\n  }\n": types.OrgAdminPagePeopleDocument,
    "\n  query SquadPage($slug: String!) {\n    squad(slug: $slug) {\n      id\n      slug\n      name\n      mission\n      framework\n      memberCount\n      tribe {\n        id\n        slug\n        name\n      }\n      productOwner {\n        id\n        displayName\n      }\n      agileCoach {\n        id\n        displayName\n      }\n      members {\n        id\n        displayName\n        discipline\n        chapter {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.SquadPageDocument,
    "\n  query TribePage($slug: String!) {\n    tribe(slug: $slug) {\n      id\n      slug\n      name\n      mission\n      memberCount\n      trio {\n        complete\n        tribeLead {\n          id\n          displayName\n        }\n        productLead {\n          id\n          displayName\n        }\n        designLead {\n          id\n          displayName\n        }\n      }\n      squads {\n        id\n        slug\n        name\n        mission\n        memberCount\n        productOwner {\n          id\n          displayName\n        }\n      }\n      chapters {\n        id\n        slug\n        name\n        discipline\n        memberCount\n        lead {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.TribePageDocument,
    "\n  query OrgWarningBadges {\n    orgWarnings {\n      kind\n      message\n      subjectId\n      subjectName\n    }\n  }\n": types.OrgWarningBadgesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeoplePage($first: Int, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          discipline\n          role\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeoplePage($first: Int, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          discipline\n          role\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPage($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      email\n      discipline\n      bio\n      role\n      createdAt\n      squad {\n        id\n        slug\n        name\n        tribe {\n          id\n          slug\n          name\n        }\n      }\n      chapter {\n        id\n        slug\n        name\n      }\n      guilds {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonPage($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      email\n      discipline\n      bio\n      role\n      createdAt\n      squad {\n        id\n        slug\n        name\n        tribe {\n          id\n          slug\n          name\n        }\n      }\n      chapter {\n        id\n        slug\n        name\n      }\n      guilds {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfilePage($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      discipline\n      bio\n    }\n  }\n"): (typeof documents)["\n  mutation ProfilePage($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      discipline\n      bio\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInPage($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        displayName\n        email\n        discipline\n        bio\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInPage($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        displayName\n        email\n        discipline\n        bio\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppShellSignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation AppShellSignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpPage($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        displayName\n        email\n        discipline\n        bio\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUpPage($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        displayName\n        email\n        discipline\n        bio\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppShell {\n    me {\n      id\n      displayName\n      email\n      discipline\n      bio\n      role\n    }\n  }\n"): (typeof documents)["\n  query AppShell {\n    me {\n      id\n      displayName\n      email\n      discipline\n      bio\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChapterPage($slug: String!) {\n    chapter(slug: $slug) {\n      id\n      slug\n      name\n      discipline\n      memberCount\n      tribe {\n        id\n        slug\n        name\n      }\n      lead {\n        id\n        displayName\n      }\n      members {\n        id\n        displayName\n        discipline\n        squad {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChapterPage($slug: String!) {\n    chapter(slug: $slug) {\n      id\n      slug\n      name\n      discipline\n      memberCount\n      tribe {\n        id\n        slug\n        name\n      }\n      lead {\n        id\n        displayName\n      }\n      members {\n        id\n        displayName\n        discipline\n        squad {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GuildPageJoin($guildId: ID!) {\n    joinGuild(guildId: $guildId) {\n      id\n      memberCount\n      viewerIsMember\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GuildPageJoin($guildId: ID!) {\n    joinGuild(guildId: $guildId) {\n      id\n      memberCount\n      viewerIsMember\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GuildPageLeave($guildId: ID!) {\n    leaveGuild(guildId: $guildId) {\n      id\n      memberCount\n      viewerIsMember\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GuildPageLeave($guildId: ID!) {\n    leaveGuild(guildId: $guildId) {\n      id\n      memberCount\n      viewerIsMember\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GuildPageVolunteer($guildId: ID!) {\n    volunteerAsCoordinator(guildId: $guildId) {\n      id\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GuildPageVolunteer($guildId: ID!) {\n    volunteerAsCoordinator(guildId: $guildId) {\n      id\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GuildPageStepDown($guildId: ID!) {\n    stepDownAsCoordinator(guildId: $guildId) {\n      id\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GuildPageStepDown($guildId: ID!) {\n    stepDownAsCoordinator(guildId: $guildId) {\n      id\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuildPage($slug: String!) {\n    guild(slug: $slug) {\n      id\n      slug\n      name\n      description\n      memberCount\n      viewerIsMember\n      createdAt\n      coordinators {\n        id\n        displayName\n      }\n      members(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GuildPage($slug: String!) {\n    guild(slug: $slug) {\n      id\n      slug\n      name\n      description\n      memberCount\n      viewerIsMember\n      createdAt\n      coordinators {\n        id\n        displayName\n      }\n      members(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuildsPage($first: Int, $after: String, $search: String) {\n    guilds(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n          description\n          memberCount\n          viewerIsMember\n          coordinators {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query GuildsPage($first: Int, $after: String, $search: String) {\n    guilds(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n          description\n          memberCount\n          viewerIsMember\n          coordinators {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GuildsPageCreate($input: CreateGuildInput!) {\n    createGuild(input: $input) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation GuildsPageCreate($input: CreateGuildInput!) {\n    createGuild(input: $input) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPage($yaml: String!, $dryRun: Boolean) {\n    importOrg(yaml: $yaml, dryRun: $dryRun) {\n      dryRun\n      created\n      updated\n      unchanged\n      errors\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPage($yaml: String!, $dryRun: Boolean) {\n    importOrg(yaml: $yaml, dryRun: $dryRun) {\n      dryRun\n      created\n      updated\n      unchanged\n      errors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportPageExport {\n    exportOrg\n  }\n"): (typeof documents)["\n  query ImportPageExport {\n    exportOrg\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgAdminPage {\n    tribes {\n      id\n      slug\n      name\n      squads {\n        id\n        slug\n        name\n        memberCount\n      }\n      chapters {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgAdminPage {\n    tribes {\n      id\n      slug\n      name\n      squads {\n        id\n        slug\n        name\n        memberCount\n      }\n      chapters {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgAdminPagePerson($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      squad {\n        id\n        name\n        tribe {\n          id\n          name\n        }\n      }\n      chapter {\n        id\n        name\n        tribe {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgAdminPagePerson($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      squad {\n        id\n        name\n        tribe {\n          id\n          name\n        }\n      }\n      chapter {\n        id\n        name\n        tribe {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgAdminPageCreateTribe($input: CreateTribeInput!) {\n    createTribe(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation OrgAdminPageCreateTribe($input: CreateTribeInput!) {\n    createTribe(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgAdminPageCreateSquad($input: CreateSquadInput!) {\n    createSquad(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation OrgAdminPageCreateSquad($input: CreateSquadInput!) {\n    createSquad(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgAdminPageCreateChapter($input: CreateChapterInput!) {\n    createChapter(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation OrgAdminPageCreateChapter($input: CreateChapterInput!) {\n    createChapter(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgAdminPageSetTrio($input: SetTrioInput!) {\n    setTrio(input: $input) {\n      id\n      trio {\n        complete\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgAdminPageSetTrio($input: SetTrioInput!) {\n    setTrio(input: $input) {\n      id\n      trio {\n        complete\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgAdminPageMovePerson($squadId: ID!, $userId: ID!) {\n    addSquadMember(squadId: $squadId, userId: $userId) {\n      id\n      slug\n      name\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation OrgAdminPageMovePerson($squadId: ID!, $userId: ID!) {\n    addSquadMember(squadId: $squadId, userId: $userId) {\n      id\n      slug\n      name\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgChartPage {\n    tribes {\n      id\n      slug\n      name\n      mission\n      memberCount\n      trio {\n        complete\n        tribeLead {\n          id\n          displayName\n        }\n        productLead {\n          id\n          displayName\n        }\n        designLead {\n          id\n          displayName\n        }\n      }\n      squads {\n        id\n        slug\n        name\n        memberCount\n        framework\n      }\n      chapters {\n        id\n        slug\n        name\n        discipline\n        memberCount\n        lead {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgChartPage {\n    tribes {\n      id\n      slug\n      name\n      mission\n      memberCount\n      trio {\n        complete\n        tribeLead {\n          id\n          displayName\n        }\n        productLead {\n          id\n          displayName\n        }\n        designLead {\n          id\n          displayName\n        }\n      }\n      squads {\n        id\n        slug\n        name\n        memberCount\n        framework\n      }\n      chapters {\n        id\n        slug\n        name\n        discipline\n        memberCount\n        lead {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgHealthPage {\n    orgWarnings {\n      kind\n      message\n      subjectId\n      subjectName\n    }\n  }\n"): (typeof documents)["\n  query OrgHealthPage {\n    orgWarnings {\n      kind\n      message\n      subjectId\n      subjectName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgHealthPageTribes {\n    tribes {\n      id\n      slug\n      squads {\n        id\n        slug\n      }\n      chapters {\n        id\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgHealthPageTribes {\n    tribes {\n      id\n      slug\n      squads {\n        id\n        slug\n      }\n      chapters {\n        id\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgHealthPageGuilds {\n    guilds(first: 100) {\n      edges {\n        node {\n          id\n          slug\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgHealthPageGuilds {\n    guilds(first: 100) {\n      edges {\n        node {\n          id\n          slug\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgAdminPagePeople($search: String) {\n    users(first: 50, search: $search) {\n      edges {\n        node {\n          id\n          displayName\n          discipline\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgAdminPagePeople($search: String) {\n    users(first: 50, search: $search) {\n      edges {\n        node {\n          id\n          displayName\n          discipline\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SquadPage($slug: String!) {\n    squad(slug: $slug) {\n      id\n      slug\n      name\n      mission\n      framework\n      memberCount\n      tribe {\n        id\n        slug\n        name\n      }\n      productOwner {\n        id\n        displayName\n      }\n      agileCoach {\n        id\n        displayName\n      }\n      members {\n        id\n        displayName\n        discipline\n        chapter {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SquadPage($slug: String!) {\n    squad(slug: $slug) {\n      id\n      slug\n      name\n      mission\n      framework\n      memberCount\n      tribe {\n        id\n        slug\n        name\n      }\n      productOwner {\n        id\n        displayName\n      }\n      agileCoach {\n        id\n        displayName\n      }\n      members {\n        id\n        displayName\n        discipline\n        chapter {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TribePage($slug: String!) {\n    tribe(slug: $slug) {\n      id\n      slug\n      name\n      mission\n      memberCount\n      trio {\n        complete\n        tribeLead {\n          id\n          displayName\n        }\n        productLead {\n          id\n          displayName\n        }\n        designLead {\n          id\n          displayName\n        }\n      }\n      squads {\n        id\n        slug\n        name\n        mission\n        memberCount\n        productOwner {\n          id\n          displayName\n        }\n      }\n      chapters {\n        id\n        slug\n        name\n        discipline\n        memberCount\n        lead {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TribePage($slug: String!) {\n    tribe(slug: $slug) {\n      id\n      slug\n      name\n      mission\n      memberCount\n      trio {\n        complete\n        tribeLead {\n          id\n          displayName\n        }\n        productLead {\n          id\n          displayName\n        }\n        designLead {\n          id\n          displayName\n        }\n      }\n      squads {\n        id\n        slug\n        name\n        mission\n        memberCount\n        productOwner {\n          id\n          displayName\n        }\n      }\n      chapters {\n        id\n        slug\n        name\n        discipline\n        memberCount\n        lead {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgWarningBadges {\n    orgWarnings {\n      kind\n      message\n      subjectId\n      subjectName\n    }\n  }\n"): (typeof documents)["\n  query OrgWarningBadges {\n    orgWarnings {\n      kind\n      message\n      subjectId\n      subjectName\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;