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
    "\n  fragment AllianceCriteria_alliance on Alliance {\n    id\n    revision\n    criteria\n    viewerCanEdit\n  }\n": typeof types.AllianceCriteria_AllianceFragmentDoc,
    "\n  mutation AlliancePageSaveCriteria($id: ID!, $input: UpdateAllianceInput!) {\n    updateAlliance(id: $id, input: $input) {\n      id\n      revision\n      criteria\n    }\n  }\n": typeof types.AlliancePageSaveCriteriaDocument,
    "\n  mutation AlliancePageSaveDetails($id: ID!, $input: UpdateAllianceInput!) {\n    updateAlliance(id: $id, input: $input) {\n      id\n      name\n      goal\n      revision\n    }\n  }\n": typeof types.AlliancePageSaveDetailsDocument,
    "\n  fragment AllianceHeader_alliance on Alliance {\n    id\n    name\n    goal\n    status\n    progress\n    revision\n    viewerCanEdit\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n": typeof types.AllianceHeader_AllianceFragmentDoc,
    "\n  mutation AlliancePageSetStatus($id: ID!, $input: UpdateAllianceInput!) {\n    updateAlliance(id: $id, input: $input) {\n      id\n      status\n      revision\n    }\n  }\n": typeof types.AlliancePageSetStatusDocument,
    "\n  fragment AllianceListItem_alliance on Alliance {\n    id\n    slug\n    name\n    goal\n    status\n    progress\n    tribes {\n      id\n      name\n    }\n  }\n": typeof types.AllianceListItem_AllianceFragmentDoc,
    "\n  fragment AllianceMilestones_alliance on Alliance {\n    id\n    viewerCanEdit\n    milestones {\n      id\n      title\n      dueDate\n      status\n      overdue\n      squad {\n        id\n        name\n      }\n    }\n    tribes {\n      id\n      name\n      squads {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AllianceMilestones_AllianceFragmentDoc,
    "\n  mutation AlliancePageSetMilestoneStatus($id: ID!, $status: MilestoneStatus!) {\n    setMilestoneStatus(id: $id, status: $status) {\n      id\n      status\n      overdue\n    }\n  }\n": typeof types.AlliancePageSetMilestoneStatusDocument,
    "\n  fragment AllianceObjectives_alliance on Alliance {\n    id\n    viewerCanEdit\n    objectives {\n      id\n      title\n      progress\n      keyResults {\n        id\n        ...KeyResultItem_keyResult\n      }\n    }\n  }\n": typeof types.AllianceObjectives_AllianceFragmentDoc,
    "\n  mutation AlliancePageAddObjective($allianceId: ID!, $title: String!) {\n    addObjective(allianceId: $allianceId, title: $title) {\n      id\n    }\n  }\n": typeof types.AlliancePageAddObjectiveDocument,
    "\n  query AlliancePage($slug: String!) {\n    alliance(slug: $slug) {\n      id\n      ...AllianceHeader_alliance\n      ...AllianceTribes_alliance\n      ...AllianceCriteria_alliance\n      ...AllianceObjectives_alliance\n      ...AllianceMilestones_alliance\n      ...DecisionLog_alliance\n    }\n  }\n": typeof types.AlliancePageDocument,
    "\n  fragment AllianceTribes_alliance on Alliance {\n    id\n    name\n    viewerCanEdit\n    tribesViewerCanAdd {\n      id\n      name\n    }\n    tribes {\n      id\n      slug\n      name\n      trio {\n        tribeLead {\n          id\n          displayName\n        }\n        productLead {\n          id\n          displayName\n        }\n        designLead {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AllianceTribes_AllianceFragmentDoc,
    "\n  mutation AlliancePageAddTribe($allianceId: ID!, $tribeId: ID!) {\n    addTribeToAlliance(allianceId: $allianceId, tribeId: $tribeId) {\n      id\n    }\n  }\n": typeof types.AlliancePageAddTribeDocument,
    "\n  mutation AlliancePageRemoveTribe($allianceId: ID!, $tribeId: ID!) {\n    removeTribeFromAlliance(allianceId: $allianceId, tribeId: $tribeId) {\n      id\n    }\n  }\n": typeof types.AlliancePageRemoveTribeDocument,
    "\n  query AlliancesPage($status: AllianceStatus) {\n    viewerCanFormAlliance\n    alliances(status: $status) {\n      id\n      status\n      ...AllianceListItem_alliance\n    }\n  }\n": typeof types.AlliancesPageDocument,
    "\n  mutation AlliancePageRecordDecision($input: DecisionInput!) {\n    recordDecision(input: $input) {\n      id\n    }\n  }\n": typeof types.AlliancePageRecordDecisionDocument,
    "\n  fragment DecisionLog_alliance on Alliance {\n    id\n    viewerCanEdit\n    criteria\n    decisions {\n      id\n      title\n      context\n      outcome\n      criteria\n      decidedAt\n      decidedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.DecisionLog_AllianceFragmentDoc,
    "\n  mutation AlliancePageAddKeyResult($objectiveId: ID!, $input: KeyResultInput!) {\n    addKeyResult(objectiveId: $objectiveId, input: $input) {\n      id\n    }\n  }\n": typeof types.AlliancePageAddKeyResultDocument,
    "\n  fragment KeyResultItem_keyResult on KeyResult {\n    id\n    title\n    unit\n    baseline\n    target\n    current\n    progress\n    updatedAt\n    viewerCanUpdate\n    history {\n      value\n      updatedAt\n    }\n  }\n": typeof types.KeyResultItem_KeyResultFragmentDoc,
    "\n  mutation AlliancePageUpdateKeyResult($id: ID!, $current: Float!) {\n    updateKeyResult(id: $id, current: $current) {\n      id\n      current\n      progress\n      updatedAt\n    }\n  }\n": typeof types.AlliancePageUpdateKeyResultDocument,
    "\n  mutation AlliancePageAddMilestone($input: MilestoneInput!) {\n    addMilestone(input: $input) {\n      id\n    }\n  }\n": typeof types.AlliancePageAddMilestoneDocument,
    "\n  mutation NewAlliancePageCreate($input: CreateAllianceInput!) {\n    createAlliance(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.NewAlliancePageCreateDocument,
    "\n  query CoachesPanel {\n    coaches {\n      note\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CoachesPanelDocument,
    "\n  mutation CoachesPanelVolunteer($note: String) {\n    volunteerAsCoach(note: $note) {\n      note\n    }\n  }\n": typeof types.CoachesPanelVolunteerDocument,
    "\n  mutation CoachesPanelStepDown {\n    stepDownAsCoach\n  }\n": typeof types.CoachesPanelStepDownDocument,
    "\n  fragment DecisionStep_tension on Tension {\n    id\n    title\n    alliance {\n      id\n      name\n      criteria\n    }\n  }\n": typeof types.DecisionStep_TensionFragmentDoc,
    "\n  mutation TensionReviewRecordDecision($input: DecisionInput!) {\n    recordDecision(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.TensionReviewRecordDecisionDocument,
    "\n  fragment DependencyMapPage_dependency on Dependency {\n    id\n    description\n    status\n    overdue\n    neededBy\n    requester {\n      id\n      slug\n      name\n      tribe {\n        id\n        name\n      }\n    }\n    provider {\n      id\n      slug\n      name\n      tribe {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DependencyMapPage_DependencyFragmentDoc,
    "\n  query DependencyMapAlliance($slug: String!) {\n    alliance(slug: $slug) {\n      id\n      name\n      tribes {\n        id\n        name\n        squads {\n          id\n          slug\n          name\n        }\n      }\n      dependencies {\n        id\n        ...DependencyMapPage_dependency\n      }\n    }\n  }\n": typeof types.DependencyMapAllianceDocument,
    "\n  query DependencyMapTribe($slug: String!) {\n    tribe(slug: $slug) {\n      id\n      name\n      squads {\n        id\n        slug\n        name\n        dependencies {\n          id\n          ...DependencyMapPage_dependency\n        }\n      }\n    }\n  }\n": typeof types.DependencyMapTribeDocument,
    "\n  query TeamPlaces {\n    alliances {\n      id\n      slug\n      name\n    }\n    tribes {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.TeamPlacesDocument,
    "\n  query RaiseTensionChoices {\n    tribes {\n      id\n      name\n      squads {\n        id\n        name\n      }\n    }\n    alliances {\n      id\n      name\n    }\n  }\n": typeof types.RaiseTensionChoicesDocument,
    "\n  mutation RaiseTension($input: TensionInput!) {\n    raiseTension(input: $input) {\n      id\n      alliance {\n        id\n        slug\n      }\n      squads {\n        id\n        tribe {\n          id\n          slug\n        }\n      }\n    }\n  }\n": typeof types.RaiseTensionDocument,
    "\n  fragment ResolveStep_tension on Tension {\n    id\n    title\n    alliance {\n      id\n      decisions {\n        id\n        title\n      }\n    }\n    squads {\n      id\n      name\n      offers {\n        id\n        title\n      }\n      agreements {\n        id\n        status\n        terms\n        reviewBy\n        offer {\n          id\n          title\n        }\n        provider {\n          id\n          name\n        }\n        consumer {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ResolveStep_TensionFragmentDoc,
    "\n  mutation TensionReviewResolve($id: ID!, $resolution: String!, $decisionId: ID, $amend: AgreementAmendmentInput, $propose: AgreementInput) {\n    resolveTension(id: $id, resolution: $resolution, decisionId: $decisionId, amend: $amend, propose: $propose) {\n      id\n      status\n    }\n  }\n": typeof types.TensionReviewResolveDocument,
    "\n  fragment TensionCard_tension on Tension {\n    id\n    title\n    description\n    status\n    createdAt\n    resolvedAt\n    resolution\n    wantsCoach\n    viewerCanReview\n    raisedBy {\n      id\n      displayName\n    }\n    facilitator {\n      id\n      displayName\n    }\n    squads {\n      id\n      slug\n      name\n    }\n    alliance {\n      id\n      slug\n      name\n    }\n    decision {\n      id\n      title\n      outcome\n      criteria\n    }\n    agreements {\n      id\n      offer {\n        id\n        title\n      }\n      provider {\n        id\n        name\n      }\n      consumer {\n        id\n        name\n      }\n    }\n    ...TensionReviewFlow_tension\n  }\n": typeof types.TensionCard_TensionFragmentDoc,
    "\n  fragment TensionReviewFlow_tension on Tension {\n    id\n    title\n    status\n    wantsCoach\n    ...DecisionStep_tension\n    ...ResolveStep_tension\n  }\n": typeof types.TensionReviewFlow_TensionFragmentDoc,
    "\n  query TensionReviewCoaches {\n    coaches {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.TensionReviewCoachesDocument,
    "\n  mutation TensionReviewStart($id: ID!, $facilitatorId: ID) {\n    startTensionReview(id: $id, facilitatorId: $facilitatorId) {\n      id\n      status\n    }\n  }\n": typeof types.TensionReviewStartDocument,
    "\n  query TensionPlaceAlliance($slug: String!) {\n    alliance(slug: $slug) {\n      id\n      name\n    }\n  }\n": typeof types.TensionPlaceAllianceDocument,
    "\n  query TensionPlaceTribe($slug: String!) {\n    tribe(slug: $slug) {\n      id\n      name\n    }\n  }\n": typeof types.TensionPlaceTribeDocument,
    "\n  query TensionAgenda($allianceId: ID, $tribeId: ID) {\n    tensions(allianceId: $allianceId, tribeId: $tribeId) {\n      id\n      status\n      ...TensionCard_tension\n    }\n  }\n": typeof types.TensionAgendaDocument,
    "\n  query AllianceTribeChoices {\n    viewerCanFormAlliance\n    tribes {\n      id\n      slug\n      name\n      trio {\n        tribeLead {\n          id\n        }\n        productLead {\n          id\n        }\n        designLead {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AllianceTribeChoicesDocument,
    "\n  query AuditLogPage($first: Int, $after: String, $action: String, $subjectType: String) {\n    auditLog(first: $first, after: $after, action: $action, subjectType: $subjectType) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AuditRow_entry\n        }\n      }\n    }\n  }\n": typeof types.AuditLogPageDocument,
    "\n  fragment AuditRow_entry on AuditEntry {\n    id\n    occurredAt\n    actorId\n    actorName\n    action\n    subjectType\n    subjectId\n    subjectLabel\n    before\n    after\n  }\n": typeof types.AuditRow_EntryFragmentDoc,
    "\n  query PeoplePage($first: Int, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...PersonCard_user\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PeoplePageDocument,
    "\n  fragment PersonCard_user on User {\n    id\n    displayName\n    discipline\n    role\n  }\n": typeof types.PersonCard_UserFragmentDoc,
    "\n  query PersonPage($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      email\n      discipline\n      bio\n      role\n      createdAt\n      squad {\n        id\n        slug\n        name\n        tribe {\n          id\n          slug\n          name\n        }\n      }\n      chapter {\n        id\n        slug\n        name\n      }\n      guilds {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.PersonPageDocument,
    "\n  mutation ProfilePage($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      discipline\n      bio\n    }\n  }\n": typeof types.ProfilePageDocument,
    "\n  mutation SignInPage($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        ...Viewer\n      }\n    }\n  }\n": typeof types.SignInPageDocument,
    "\n  mutation AppShellSignOut {\n    signOut\n  }\n": typeof types.AppShellSignOutDocument,
    "\n  mutation SignUpPage($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        ...Viewer\n      }\n    }\n  }\n": typeof types.SignUpPageDocument,
    "\n  fragment Viewer on User {\n    id\n    displayName\n    email\n    discipline\n    bio\n    role\n  }\n": typeof types.ViewerFragmentDoc,
    "\n  query AppShell {\n    me {\n      ...Viewer\n    }\n  }\n": typeof types.AppShellDocument,
    "\n  query FeedPage($first: Int, $after: String) {\n    feed(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PostCard_post\n          guild {\n            id\n            ...PostCard_guild\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FeedPageDocument,
    "\n  query GuildPagePosts($slug: String!, $first: Int, $after: String, $tag: String, $kind: PostKind, $unanswered: Boolean) {\n    guild(slug: $slug) {\n      id\n      posts(first: $first, after: $after, tag: $tag, kind: $kind, unanswered: $unanswered) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...PostCard_post\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.GuildPagePostsDocument,
    "\n  fragment PostCard_post on Post {\n    id\n    title\n    kind\n    tags\n    pinned\n    locked\n    score\n    commentCount\n    createdAt\n    author {\n      id\n      displayName\n    }\n    acceptedAnswer {\n      id\n    }\n  }\n": typeof types.PostCard_PostFragmentDoc,
    "\n  fragment PostCard_guild on Guild {\n    id\n    slug\n    name\n  }\n": typeof types.PostCard_GuildFragmentDoc,
    "\n  query PostEditorPageGuild($slug: String!) {\n    guild(slug: $slug) {\n      id\n      slug\n      name\n      viewerIsMember\n      coordinators {\n        id\n      }\n    }\n  }\n": typeof types.PostEditorPageGuildDocument,
    "\n  fragment PostEditor_post on Post {\n    id\n    title\n    body\n    tags\n    kind\n    guild {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.PostEditor_PostFragmentDoc,
    "\n  query PostEditorPagePost($id: ID!) {\n    post(id: $id) {\n      id\n      author {\n        id\n      }\n      ...PostEditor_post\n    }\n  }\n": typeof types.PostEditorPagePostDocument,
    "\n  mutation PostEditorPageCreate($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n    }\n  }\n": typeof types.PostEditorPageCreateDocument,
    "\n  mutation PostEditorPageUpdate($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      id\n      title\n      body\n      tags\n      updatedAt\n    }\n  }\n": typeof types.PostEditorPageUpdateDocument,
    "\n  fragment CommentBody_comment on Comment {\n    id\n    body\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.CommentBody_CommentFragmentDoc,
    "\n  mutation PostPageDeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": typeof types.PostPageDeleteCommentDocument,
    "\n  mutation PostPageAddComment($postId: ID!, $body: String!, $parentId: ID) {\n    addComment(postId: $postId, body: $body, parentId: $parentId) {\n      id\n    }\n  }\n": typeof types.PostPageAddCommentDocument,
    "\n  fragment PostActions_post on Post {\n    id\n    title\n    pinned\n    locked\n    score\n    viewerHasUpvoted\n    guild {\n      id\n      slug\n    }\n  }\n": typeof types.PostActions_PostFragmentDoc,
    "\n  mutation PostPageUpvote($postId: ID!) {\n    upvotePost(postId: $postId) {\n      id\n      score\n      viewerHasUpvoted\n    }\n  }\n": typeof types.PostPageUpvoteDocument,
    "\n  mutation PostPageRemoveUpvote($postId: ID!) {\n    removeUpvote(postId: $postId) {\n      id\n      score\n      viewerHasUpvoted\n    }\n  }\n": typeof types.PostPageRemoveUpvoteDocument,
    "\n  mutation PostPagePin($postId: ID!, $pinned: Boolean!) {\n    pinPost(postId: $postId, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n": typeof types.PostPagePinDocument,
    "\n  mutation PostPageLock($postId: ID!, $locked: Boolean!) {\n    lockPost(postId: $postId, locked: $locked) {\n      id\n      locked\n    }\n  }\n": typeof types.PostPageLockDocument,
    "\n  mutation PostPageDelete($id: ID!) {\n    deletePost(id: $id)\n  }\n": typeof types.PostPageDeleteDocument,
    "\n  fragment PostComments_post on Post {\n    id\n    kind\n    locked\n    commentCount\n    guild {\n      id\n      slug\n      name\n    }\n    acceptedAnswer {\n      id\n    }\n    comments(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          author {\n            id\n            displayName\n          }\n          parent {\n            id\n          }\n          ...CommentBody_comment\n        }\n      }\n    }\n  }\n": typeof types.PostComments_PostFragmentDoc,
    "\n  mutation PostPageAcceptAnswer($commentId: ID!) {\n    acceptAnswer(commentId: $commentId) {\n      id\n      acceptedAnswer {\n        id\n      }\n    }\n  }\n": typeof types.PostPageAcceptAnswerDocument,
    "\n  fragment PostHeader_post on Post {\n    id\n    title\n    kind\n    tags\n    pinned\n    locked\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    guild {\n      id\n      slug\n      name\n    }\n    acceptedAnswer {\n      id\n    }\n  }\n": typeof types.PostHeader_PostFragmentDoc,
    "\n  query PostPage($id: ID!) {\n    post(id: $id) {\n      id\n      title\n      body\n      ...PostHeader_post\n      ...PostPermissions_post\n      ...PostActions_post\n      ...PostComments_post\n    }\n  }\n": typeof types.PostPageDocument,
    "\n  fragment PostPermissions_post on Post {\n    locked\n    author {\n      id\n    }\n    guild {\n      id\n      viewerIsMember\n      coordinators {\n        id\n      }\n    }\n  }\n": typeof types.PostPermissions_PostFragmentDoc,
    "\n  query SearchPage($query: String!, $first: Int, $after: String) {\n    search(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        snippet\n        node {\n          __typename\n          ... on Post {\n            id\n            title\n            kind\n            guild {\n              id\n              slug\n              name\n            }\n          }\n          ... on Guild {\n            id\n            slug\n            name\n            memberCount\n          }\n          ... on User {\n            id\n            displayName\n            discipline\n          }\n          ... on Standard {\n            id\n            slug\n            title\n            level\n            chapter {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SearchPageDocument,
    "\n  query TagsPage($first: Int) {\n    tags(first: $first) {\n      tag\n      count\n    }\n  }\n": typeof types.TagsPageDocument,
    "\n  query TagPage($query: String!) {\n    search(query: $query, first: 50) {\n      edges {\n        cursor\n        snippet\n        node {\n          __typename\n          ... on Post {\n            id\n            title\n            kind\n            tags\n            guild {\n              id\n              slug\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TagPageDocument,
    "\n  fragment ChapterPeopleForm_tribe on Tribe {\n    id\n    name\n    chapters {\n      id\n      name\n    }\n  }\n": typeof types.ChapterPeopleForm_TribeFragmentDoc,
    "\n  mutation OrgAdminPageChapterMember($chapterId: ID!, $userId: ID!) {\n    addChapterMember(chapterId: $chapterId, userId: $userId) {\n      id\n      name\n      memberCount\n    }\n  }\n": typeof types.OrgAdminPageChapterMemberDocument,
    "\n  mutation OrgAdminPageChapterLead($chapterId: ID!, $userId: ID!) {\n    setChapterLead(chapterId: $chapterId, userId: $userId) {\n      id\n      name\n      lead {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.OrgAdminPageChapterLeadDocument,
    "\n  mutation OrgAdminPageCreateChapter($input: CreateChapterInput!) {\n    createChapter(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.OrgAdminPageCreateChapterDocument,
    "\n  mutation OrgAdminPageCreateSquad($input: CreateSquadInput!) {\n    createSquad(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.OrgAdminPageCreateSquadDocument,
    "\n  mutation OrgAdminPageCreateTribe($input: CreateTribeInput!) {\n    createTribe(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.OrgAdminPageCreateTribeDocument,
    "\n  fragment MovePersonSection_tribe on Tribe {\n    id\n    name\n    squads {\n      id\n      name\n      memberCount\n    }\n  }\n": typeof types.MovePersonSection_TribeFragmentDoc,
    "\n  query OrgAdminPagePerson($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      squad {\n        id\n        name\n        tribe {\n          id\n          name\n        }\n      }\n      chapter {\n        id\n        name\n        tribe {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrgAdminPagePersonDocument,
    "\n  mutation OrgAdminPageMovePerson($squadId: ID!, $userId: ID!) {\n    addSquadMember(squadId: $squadId, userId: $userId) {\n      id\n      slug\n      name\n      memberCount\n    }\n  }\n": typeof types.OrgAdminPageMovePersonDocument,
    "\n  query OrgAdminPage {\n    tribes {\n      id\n      name\n      ...MovePersonSection_tribe\n      ...SquadRolesForm_tribe\n      ...ChapterPeopleForm_tribe\n    }\n  }\n": typeof types.OrgAdminPageDocument,
    "\n  mutation OrgAdminPageSetTrio($input: SetTrioInput!) {\n    setTrio(input: $input) {\n      id\n      trio {\n        complete\n      }\n    }\n  }\n": typeof types.OrgAdminPageSetTrioDocument,
    "\n  fragment SquadRolesForm_tribe on Tribe {\n    id\n    name\n    squads {\n      id\n      name\n    }\n  }\n": typeof types.SquadRolesForm_TribeFragmentDoc,
    "\n  mutation OrgAdminPageSquadRoles($id: ID!, $input: UpdateSquadInput!) {\n    updateSquad(id: $id, input: $input) {\n      id\n      name\n      productOwner {\n        id\n        displayName\n      }\n      agileCoach {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.OrgAdminPageSquadRolesDocument,
    "\n  query ChapterPage($slug: String!) {\n    chapter(slug: $slug) {\n      id\n      slug\n      name\n      discipline\n      memberCount\n      ...ChapterStandards_chapter\n      tribe {\n        id\n        slug\n        name\n      }\n      lead {\n        id\n        ...PersonLink_user\n      }\n      members {\n        id\n        ...MembersTable_user\n        squad {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.ChapterPageDocument,
    "\n  fragment ChapterStandards_chapter on Chapter {\n    id\n    slug\n    name\n    standards {\n      id\n      slug\n      title\n      level\n      status\n      currentVersion {\n        number\n      }\n      adoptionSummary {\n        squads\n        adopted\n      }\n    }\n  }\n": typeof types.ChapterStandards_ChapterFragmentDoc,
    "\n  fragment GuildActions_guild on Guild {\n    id\n    name\n    viewerIsMember\n    coordinators {\n      id\n    }\n  }\n": typeof types.GuildActions_GuildFragmentDoc,
    "\n  mutation GuildPageJoin($guildId: ID!) {\n    joinGuild(guildId: $guildId) {\n      id\n      memberCount\n      viewerIsMember\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.GuildPageJoinDocument,
    "\n  mutation GuildPageLeave($guildId: ID!) {\n    leaveGuild(guildId: $guildId) {\n      id\n      memberCount\n      viewerIsMember\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.GuildPageLeaveDocument,
    "\n  mutation GuildPageVolunteer($guildId: ID!) {\n    volunteerAsCoordinator(guildId: $guildId) {\n      id\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.GuildPageVolunteerDocument,
    "\n  mutation GuildPageStepDown($guildId: ID!) {\n    stepDownAsCoordinator(guildId: $guildId) {\n      id\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.GuildPageStepDownDocument,
    "\n  fragment GuildCard_guild on Guild {\n    id\n    slug\n    name\n    description\n    memberCount\n    coordinators {\n      id\n    }\n    ...GuildActions_guild\n  }\n": typeof types.GuildCard_GuildFragmentDoc,
    "\n  query GuildPage($slug: String!) {\n    guild(slug: $slug) {\n      id\n      slug\n      name\n      description\n      memberCount\n      viewerIsMember\n      createdAt\n      ...GuildActions_guild\n      coordinators {\n        id\n        ...PersonLink_user\n      }\n      members(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            ...PersonLink_user\n          }\n        }\n      }\n    }\n  }\n": typeof types.GuildPageDocument,
    "\n  query GuildsPage($first: Int, $after: String, $search: String) {\n    guilds(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...GuildCard_guild\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.GuildsPageDocument,
    "\n  mutation GuildsPageCreate($input: CreateGuildInput!) {\n    createGuild(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.GuildsPageCreateDocument,
    "\n  mutation ImportPage($yaml: String!, $dryRun: Boolean, $progressId: ID) {\n    importOrg(yaml: $yaml, dryRun: $dryRun, progressId: $progressId) {\n      ...ImportReportCard_report\n    }\n  }\n": typeof types.ImportPageDocument,
    "\n  query ImportPageExport {\n    exportOrg\n  }\n": typeof types.ImportPageExportDocument,
    "\n  fragment ImportProgressBar_progress on ImportProgress {\n    phase\n    done\n    total\n    finished\n  }\n": typeof types.ImportProgressBar_ProgressFragmentDoc,
    "\n  query ImportPageProgress($id: ID!) {\n    importProgress(id: $id) {\n      ...ImportProgressBar_progress\n    }\n  }\n": typeof types.ImportPageProgressDocument,
    "\n  fragment ImportReportCard_report on ImportReport {\n    dryRun\n    created\n    updated\n    unchanged\n    errors\n  }\n": typeof types.ImportReportCard_ReportFragmentDoc,
    "\n  fragment MembersTable_user on User {\n    id\n    displayName\n    discipline\n  }\n": typeof types.MembersTable_UserFragmentDoc,
    "\n  query OrgChartPage {\n    tribes {\n      id\n      name\n      mission\n      ...OrgChartTribe_tribe\n      squads {\n        id\n        name\n        ...OrgChartSquad_squad\n      }\n      chapters {\n        id\n        name\n        discipline\n        ...OrgChartChapter_chapter\n      }\n    }\n  }\n": typeof types.OrgChartPageDocument,
    "\n  fragment OrgChartTribe_tribe on Tribe {\n    id\n    slug\n    name\n    memberCount\n    trio {\n      ...TrioSeats_trio\n    }\n    squads {\n      id\n    }\n    chapters {\n      id\n    }\n  }\n": typeof types.OrgChartTribe_TribeFragmentDoc,
    "\n  fragment OrgChartSquad_squad on Squad {\n    id\n    slug\n    name\n    memberCount\n    framework\n  }\n": typeof types.OrgChartSquad_SquadFragmentDoc,
    "\n  fragment OrgChartChapter_chapter on Chapter {\n    id\n    slug\n    name\n    memberCount\n  }\n": typeof types.OrgChartChapter_ChapterFragmentDoc,
    "\n  query OrgHealthPage {\n    orgWarnings {\n      kind\n      message\n      subjectId\n      subjectName\n    }\n  }\n": typeof types.OrgHealthPageDocument,
    "\n  query OrgHealthPageTribes {\n    tribes {\n      id\n      slug\n      squads {\n        id\n        slug\n      }\n      chapters {\n        id\n        slug\n      }\n    }\n  }\n": typeof types.OrgHealthPageTribesDocument,
    "\n  query OrgHealthPageGuilds {\n    guilds(first: 100) {\n      edges {\n        node {\n          id\n          slug\n        }\n      }\n    }\n  }\n": typeof types.OrgHealthPageGuildsDocument,
    "\n  fragment PersonLink_user on User {\n    id\n    displayName\n  }\n": typeof types.PersonLink_UserFragmentDoc,
    "\n  query OrgAdminPagePeople($search: String) {\n    users(first: 50, search: $search) {\n      edges {\n        node {\n          id\n          displayName\n          discipline\n        }\n      }\n    }\n  }\n": typeof types.OrgAdminPagePeopleDocument,
    "\n  query SquadPage($slug: String!) {\n    squad(slug: $slug) {\n      id\n      slug\n      name\n      mission\n      framework\n      memberCount\n      ...SquadStandards_squad\n      tribe {\n        id\n        slug\n        name\n      }\n      productOwner {\n        id\n        ...PersonLink_user\n      }\n      agileCoach {\n        id\n        ...PersonLink_user\n      }\n      members {\n        id\n        ...MembersTable_user\n        chapter {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.SquadPageDocument,
    "\n  fragment SquadStandards_squad on Squad {\n    id\n    name\n    tribe {\n      id\n      slug\n    }\n    adoptions {\n      status\n      version\n      outdated\n      overdue\n      exemptUntil\n      standard {\n        id\n        slug\n        title\n        level\n        status\n        currentVersion {\n          number\n        }\n        chapter {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SquadStandards_SquadFragmentDoc,
    "\n  fragment AgreementList_agreement on InterfaceAgreement {\n    id\n    terms\n    mode\n    status\n    reviewBy\n    dueForReview\n    viewerCanAccept\n    viewerCanRetire\n    offer {\n      id\n      title\n    }\n    provider {\n      id\n      slug\n      name\n    }\n    consumer {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.AgreementList_AgreementFragmentDoc,
    "\n  mutation AgreementListAccept($id: ID!) {\n    acceptAgreement(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.AgreementListAcceptDocument,
    "\n  mutation AgreementListRetire($id: ID!) {\n    retireAgreement(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.AgreementListRetireDocument,
    "\n  fragment DependencyList_dependency on Dependency {\n    id\n    description\n    neededBy\n    status\n    response\n    overdue\n    viewerCanRespond\n    createdAt\n    offer {\n      id\n      title\n    }\n    requester {\n      id\n      slug\n      name\n    }\n    provider {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.DependencyList_DependencyFragmentDoc,
    "\n  mutation DependencyListRespond($id: ID!, $status: DependencyStatus!, $response: String) {\n    respondToDependency(id: $id, status: $status, response: $response) {\n      id\n      status\n      response\n    }\n  }\n": typeof types.DependencyListRespondDocument,
    "\n  fragment OfferCard_offer on SquadOffer {\n    id\n    title\n    description\n    expectations\n    limits\n    revision\n    viewerCanEdit\n    squad {\n      id\n      name\n    }\n  }\n": typeof types.OfferCard_OfferFragmentDoc,
    "\n  mutation OfferCardRetire($id: ID!) {\n    retireSquadOffer(id: $id) {\n      id\n      retiredAt\n    }\n  }\n": typeof types.OfferCardRetireDocument,
    "\n  mutation OfferFormPublish($input: SquadOfferInput!) {\n    publishSquadOffer(input: $input) {\n      id\n    }\n  }\n": typeof types.OfferFormPublishDocument,
    "\n  mutation OfferFormUpdate($id: ID!, $input: UpdateSquadOfferInput!) {\n    updateSquadOffer(id: $id, input: $input) {\n      id\n      title\n      description\n      expectations\n      limits\n      revision\n    }\n  }\n": typeof types.OfferFormUpdateDocument,
    "\n  mutation ProposeAgreementForm($input: AgreementInput!) {\n    proposeAgreement(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ProposeAgreementFormDocument,
    "\n  mutation RequestDependencyForm($input: DependencyInput!) {\n    requestDependency(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestDependencyFormDocument,
    "\n  query SquadTeamApi($slug: String!) {\n    me {\n      id\n      squad {\n        id\n        name\n      }\n    }\n    squad(slug: $slug) {\n      id\n      name\n      viewerCanPublishOffers\n      offers {\n        id\n        ...OfferCard_offer\n      }\n      agreements {\n        id\n        ...AgreementList_agreement\n      }\n      dependencies {\n        id\n        ...DependencyList_dependency\n      }\n    }\n  }\n": typeof types.SquadTeamApiDocument,
    "\n  fragment TribeAlliances_tribe on Tribe {\n    id\n    slug\n    name\n    alliances {\n      id\n      slug\n      name\n      status\n      progress\n    }\n  }\n": typeof types.TribeAlliances_TribeFragmentDoc,
    "\n  query TribePage($slug: String!) {\n    tribe(slug: $slug) {\n      id\n      slug\n      name\n      mission\n      memberCount\n      trio {\n        ...TrioSeats_trio\n      }\n      ...TribeAlliances_tribe\n      squads {\n        id\n        slug\n        name\n        mission\n        memberCount\n        productOwner {\n          id\n          ...PersonLink_user\n        }\n      }\n      chapters {\n        id\n        slug\n        name\n        discipline\n        memberCount\n        lead {\n          id\n          ...PersonLink_user\n        }\n      }\n    }\n  }\n": typeof types.TribePageDocument,
    "\n  fragment TrioSeats_trio on Trio {\n    complete\n    tribeLead {\n      id\n      ...PersonLink_user\n    }\n    productLead {\n      id\n      ...PersonLink_user\n    }\n    designLead {\n      id\n      ...PersonLink_user\n    }\n  }\n": typeof types.TrioSeats_TrioFragmentDoc,
    "\n  query OrgWarningBadges {\n    orgWarnings {\n      subjectId\n      ...WarningBadges_warning\n    }\n  }\n": typeof types.OrgWarningBadgesDocument,
    "\n  fragment WarningBadges_warning on OrgWarning {\n    kind\n    message\n  }\n": typeof types.WarningBadges_WarningFragmentDoc,
    "\n  fragment AdoptionCell_adoption on Adoption {\n    status\n    version\n    outdated\n    overdue\n    note\n    exemptUntil\n    viewerCanRecord\n  }\n": typeof types.AdoptionCell_AdoptionFragmentDoc,
    "\n  mutation AdoptionMatrixSetAdoption($input: SetAdoptionInput!) {\n    setAdoption(input: $input) {\n      status\n      version\n      outdated\n    }\n  }\n": typeof types.AdoptionMatrixSetAdoptionDocument,
    "\n  fragment AdoptionHistory_standard on Standard {\n    id\n    adoptionHistory(first: 20) {\n      edges {\n        node {\n          id\n          changedAt\n          fromStatus\n          toStatus\n          toVersion\n          note\n          exemptUntil\n          changedBy {\n            id\n            displayName\n          }\n          squad {\n            id\n            slug\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AdoptionHistory_StandardFragmentDoc,
    "\n  query AdoptionMatrixPlaces {\n    me {\n      id\n      squad {\n        id\n        tribe {\n          id\n          slug\n        }\n      }\n    }\n    tribes {\n      id\n      slug\n      name\n      chapters {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.AdoptionMatrixPlacesDocument,
    "\n  fragment AdoptionMatrix_standard on Standard {\n    id\n    slug\n    title\n    level\n    adoptBy\n    currentVersion {\n      number\n    }\n    adoptionSummary {\n      squads\n      adopted\n      adoptionRate\n    }\n    adoptions {\n      squad {\n        id\n      }\n      ...AdoptionCell_adoption\n    }\n  }\n": typeof types.AdoptionMatrix_StandardFragmentDoc,
    "\n  query AdoptionMatrixTribe($slug: String!) {\n    tribe(slug: $slug) {\n      id\n      name\n      squads {\n        id\n        slug\n        name\n      }\n      chapters {\n        id\n        standards(status: PUBLISHED) {\n          id\n          ...AdoptionMatrix_standard\n        }\n      }\n    }\n  }\n": typeof types.AdoptionMatrixTribeDocument,
    "\n  query AdoptionMatrixChapter($slug: String!) {\n    chapter(slug: $slug) {\n      id\n      name\n      tribe {\n        id\n        name\n        squads {\n          id\n          slug\n          name\n        }\n      }\n      standards(status: PUBLISHED) {\n        id\n        ...AdoptionMatrix_standard\n      }\n    }\n  }\n": typeof types.AdoptionMatrixChapterDocument,
    "\n  fragment AdoptionSummaryBar_summary on AdoptionSummary {\n    squads\n    adopted\n    inProgress\n    notStarted\n    exempt\n    outdated\n    overdue\n    adoptionRate\n  }\n": typeof types.AdoptionSummaryBar_SummaryFragmentDoc,
    "\n  fragment StandardEditor_standard on Standard {\n    id\n    slug\n    title\n    summary\n    level\n    adoptBy\n    draftBody\n    revision\n    status\n    viewerCanEdit\n  }\n": typeof types.StandardEditor_StandardFragmentDoc,
    "\n  query EditStandardPage($slug: String!) {\n    standard(slug: $slug) {\n      id\n      ...StandardEditor_standard\n    }\n  }\n": typeof types.EditStandardPageDocument,
    "\n  mutation EditStandardPageUpdate($id: ID!, $input: UpdateStandardDraftInput!, $expectedRevision: Int!) {\n    updateStandardDraft(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      id\n      ...StandardEditor_standard\n    }\n  }\n": typeof types.EditStandardPageUpdateDocument,
    "\n  query NewStandardPageChapters {\n    tribes {\n      id\n      name\n      chapters {\n        id\n        name\n        lead {\n          id\n        }\n      }\n    }\n  }\n": typeof types.NewStandardPageChaptersDocument,
    "\n  mutation NewStandardPageCreate($input: CreateStandardInput!) {\n    createStandard(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.NewStandardPageCreateDocument,
    "\n  fragment ReviewThread_standard on Standard {\n    id\n    status\n    viewerCanComment\n    reviewComments {\n      id\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ReviewThread_StandardFragmentDoc,
    "\n  mutation StandardPageAddReviewComment($standardId: ID!, $body: String!) {\n    addReviewComment(standardId: $standardId, body: $body) {\n      id\n    }\n  }\n": typeof types.StandardPageAddReviewCommentDocument,
    "\n  fragment StandardActions_standard on Standard {\n    id\n    slug\n    title\n    status\n    hasUnpublishedChanges\n    viewerCanEdit\n    currentVersion {\n      number\n    }\n    chapter {\n      id\n      standards(status: PUBLISHED) {\n        id\n        title\n      }\n    }\n  }\n": typeof types.StandardActions_StandardFragmentDoc,
    "\n  mutation StandardPageSubmit($id: ID!) {\n    submitStandardForReview(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.StandardPageSubmitDocument,
    "\n  mutation StandardPagePublish($id: ID!, $changeNote: String) {\n    publishStandard(id: $id, changeNote: $changeNote) {\n      id\n      status\n      hasUnpublishedChanges\n    }\n  }\n": typeof types.StandardPagePublishDocument,
    "\n  mutation StandardPageDeprecate($id: ID!, $reason: String!, $supersededById: ID) {\n    deprecateStandard(id: $id, reason: $reason, supersededById: $supersededById) {\n      id\n      status\n    }\n  }\n": typeof types.StandardPageDeprecateDocument,
    "\n  fragment StandardHeader_standard on Standard {\n    id\n    title\n    summary\n    level\n    status\n    adoptBy\n    deprecationReason\n    currentVersion {\n      number\n    }\n    supersededBy {\n      id\n      slug\n      title\n    }\n    chapter {\n      id\n      slug\n      name\n      tribe {\n        id\n        name\n      }\n    }\n  }\n": typeof types.StandardHeader_StandardFragmentDoc,
    "\n  query StandardPage($slug: String!) {\n    standard(slug: $slug) {\n      id\n      slug\n      title\n      status\n      draftBody\n      hasUnpublishedChanges\n      currentVersion {\n        number\n        body\n      }\n      chapter {\n        id\n        slug\n      }\n      adoptionSummary {\n        ...AdoptionSummaryBar_summary\n      }\n      ...StandardHeader_standard\n      ...StandardActions_standard\n      ...VersionHistory_standard\n      ...ReviewThread_standard\n      ...AdoptionHistory_standard\n    }\n  }\n": typeof types.StandardPageDocument,
    "\n  query StandardsPageChapters {\n    tribes {\n      id\n      slug\n      name\n      chapters {\n        id\n        slug\n        name\n        lead {\n          id\n        }\n      }\n    }\n  }\n": typeof types.StandardsPageChaptersDocument,
    "\n  query StandardsPage($chapterId: ID, $status: StandardStatus, $first: Int, $after: String) {\n    standards(chapterId: $chapterId, status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          summary\n          level\n          status\n          adoptBy\n          hasUnpublishedChanges\n          currentVersion {\n            number\n          }\n          chapter {\n            id\n            name\n          }\n          adoptionSummary {\n            squads\n            adopted\n            adoptionRate\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StandardsPageDocument,
    "\n  fragment VersionHistory_standard on Standard {\n    id\n    versions {\n      number\n      changeNote\n      publishedAt\n      publishedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.VersionHistory_StandardFragmentDoc,
    "\n  query StandardDiff($standardId: ID!, $fromVersion: Int!, $toVersion: Int!) {\n    standardDiff(standardId: $standardId, fromVersion: $fromVersion, toVersion: $toVersion)\n  }\n": typeof types.StandardDiffDocument,
};
const documents: Documents = {
    "\n  fragment AllianceCriteria_alliance on Alliance {\n    id\n    revision\n    criteria\n    viewerCanEdit\n  }\n": types.AllianceCriteria_AllianceFragmentDoc,
    "\n  mutation AlliancePageSaveCriteria($id: ID!, $input: UpdateAllianceInput!) {\n    updateAlliance(id: $id, input: $input) {\n      id\n      revision\n      criteria\n    }\n  }\n": types.AlliancePageSaveCriteriaDocument,
    "\n  mutation AlliancePageSaveDetails($id: ID!, $input: UpdateAllianceInput!) {\n    updateAlliance(id: $id, input: $input) {\n      id\n      name\n      goal\n      revision\n    }\n  }\n": types.AlliancePageSaveDetailsDocument,
    "\n  fragment AllianceHeader_alliance on Alliance {\n    id\n    name\n    goal\n    status\n    progress\n    revision\n    viewerCanEdit\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n": types.AllianceHeader_AllianceFragmentDoc,
    "\n  mutation AlliancePageSetStatus($id: ID!, $input: UpdateAllianceInput!) {\n    updateAlliance(id: $id, input: $input) {\n      id\n      status\n      revision\n    }\n  }\n": types.AlliancePageSetStatusDocument,
    "\n  fragment AllianceListItem_alliance on Alliance {\n    id\n    slug\n    name\n    goal\n    status\n    progress\n    tribes {\n      id\n      name\n    }\n  }\n": types.AllianceListItem_AllianceFragmentDoc,
    "\n  fragment AllianceMilestones_alliance on Alliance {\n    id\n    viewerCanEdit\n    milestones {\n      id\n      title\n      dueDate\n      status\n      overdue\n      squad {\n        id\n        name\n      }\n    }\n    tribes {\n      id\n      name\n      squads {\n        id\n        name\n      }\n    }\n  }\n": types.AllianceMilestones_AllianceFragmentDoc,
    "\n  mutation AlliancePageSetMilestoneStatus($id: ID!, $status: MilestoneStatus!) {\n    setMilestoneStatus(id: $id, status: $status) {\n      id\n      status\n      overdue\n    }\n  }\n": types.AlliancePageSetMilestoneStatusDocument,
    "\n  fragment AllianceObjectives_alliance on Alliance {\n    id\n    viewerCanEdit\n    objectives {\n      id\n      title\n      progress\n      keyResults {\n        id\n        ...KeyResultItem_keyResult\n      }\n    }\n  }\n": types.AllianceObjectives_AllianceFragmentDoc,
    "\n  mutation AlliancePageAddObjective($allianceId: ID!, $title: String!) {\n    addObjective(allianceId: $allianceId, title: $title) {\n      id\n    }\n  }\n": types.AlliancePageAddObjectiveDocument,
    "\n  query AlliancePage($slug: String!) {\n    alliance(slug: $slug) {\n      id\n      ...AllianceHeader_alliance\n      ...AllianceTribes_alliance\n      ...AllianceCriteria_alliance\n      ...AllianceObjectives_alliance\n      ...AllianceMilestones_alliance\n      ...DecisionLog_alliance\n    }\n  }\n": types.AlliancePageDocument,
    "\n  fragment AllianceTribes_alliance on Alliance {\n    id\n    name\n    viewerCanEdit\n    tribesViewerCanAdd {\n      id\n      name\n    }\n    tribes {\n      id\n      slug\n      name\n      trio {\n        tribeLead {\n          id\n          displayName\n        }\n        productLead {\n          id\n          displayName\n        }\n        designLead {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.AllianceTribes_AllianceFragmentDoc,
    "\n  mutation AlliancePageAddTribe($allianceId: ID!, $tribeId: ID!) {\n    addTribeToAlliance(allianceId: $allianceId, tribeId: $tribeId) {\n      id\n    }\n  }\n": types.AlliancePageAddTribeDocument,
    "\n  mutation AlliancePageRemoveTribe($allianceId: ID!, $tribeId: ID!) {\n    removeTribeFromAlliance(allianceId: $allianceId, tribeId: $tribeId) {\n      id\n    }\n  }\n": types.AlliancePageRemoveTribeDocument,
    "\n  query AlliancesPage($status: AllianceStatus) {\n    viewerCanFormAlliance\n    alliances(status: $status) {\n      id\n      status\n      ...AllianceListItem_alliance\n    }\n  }\n": types.AlliancesPageDocument,
    "\n  mutation AlliancePageRecordDecision($input: DecisionInput!) {\n    recordDecision(input: $input) {\n      id\n    }\n  }\n": types.AlliancePageRecordDecisionDocument,
    "\n  fragment DecisionLog_alliance on Alliance {\n    id\n    viewerCanEdit\n    criteria\n    decisions {\n      id\n      title\n      context\n      outcome\n      criteria\n      decidedAt\n      decidedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.DecisionLog_AllianceFragmentDoc,
    "\n  mutation AlliancePageAddKeyResult($objectiveId: ID!, $input: KeyResultInput!) {\n    addKeyResult(objectiveId: $objectiveId, input: $input) {\n      id\n    }\n  }\n": types.AlliancePageAddKeyResultDocument,
    "\n  fragment KeyResultItem_keyResult on KeyResult {\n    id\n    title\n    unit\n    baseline\n    target\n    current\n    progress\n    updatedAt\n    viewerCanUpdate\n    history {\n      value\n      updatedAt\n    }\n  }\n": types.KeyResultItem_KeyResultFragmentDoc,
    "\n  mutation AlliancePageUpdateKeyResult($id: ID!, $current: Float!) {\n    updateKeyResult(id: $id, current: $current) {\n      id\n      current\n      progress\n      updatedAt\n    }\n  }\n": types.AlliancePageUpdateKeyResultDocument,
    "\n  mutation AlliancePageAddMilestone($input: MilestoneInput!) {\n    addMilestone(input: $input) {\n      id\n    }\n  }\n": types.AlliancePageAddMilestoneDocument,
    "\n  mutation NewAlliancePageCreate($input: CreateAllianceInput!) {\n    createAlliance(input: $input) {\n      id\n      slug\n    }\n  }\n": types.NewAlliancePageCreateDocument,
    "\n  query CoachesPanel {\n    coaches {\n      note\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.CoachesPanelDocument,
    "\n  mutation CoachesPanelVolunteer($note: String) {\n    volunteerAsCoach(note: $note) {\n      note\n    }\n  }\n": types.CoachesPanelVolunteerDocument,
    "\n  mutation CoachesPanelStepDown {\n    stepDownAsCoach\n  }\n": types.CoachesPanelStepDownDocument,
    "\n  fragment DecisionStep_tension on Tension {\n    id\n    title\n    alliance {\n      id\n      name\n      criteria\n    }\n  }\n": types.DecisionStep_TensionFragmentDoc,
    "\n  mutation TensionReviewRecordDecision($input: DecisionInput!) {\n    recordDecision(input: $input) {\n      id\n      title\n    }\n  }\n": types.TensionReviewRecordDecisionDocument,
    "\n  fragment DependencyMapPage_dependency on Dependency {\n    id\n    description\n    status\n    overdue\n    neededBy\n    requester {\n      id\n      slug\n      name\n      tribe {\n        id\n        name\n      }\n    }\n    provider {\n      id\n      slug\n      name\n      tribe {\n        id\n        name\n      }\n    }\n  }\n": types.DependencyMapPage_DependencyFragmentDoc,
    "\n  query DependencyMapAlliance($slug: String!) {\n    alliance(slug: $slug) {\n      id\n      name\n      tribes {\n        id\n        name\n        squads {\n          id\n          slug\n          name\n        }\n      }\n      dependencies {\n        id\n        ...DependencyMapPage_dependency\n      }\n    }\n  }\n": types.DependencyMapAllianceDocument,
    "\n  query DependencyMapTribe($slug: String!) {\n    tribe(slug: $slug) {\n      id\n      name\n      squads {\n        id\n        slug\n        name\n        dependencies {\n          id\n          ...DependencyMapPage_dependency\n        }\n      }\n    }\n  }\n": types.DependencyMapTribeDocument,
    "\n  query TeamPlaces {\n    alliances {\n      id\n      slug\n      name\n    }\n    tribes {\n      id\n      slug\n      name\n    }\n  }\n": types.TeamPlacesDocument,
    "\n  query RaiseTensionChoices {\n    tribes {\n      id\n      name\n      squads {\n        id\n        name\n      }\n    }\n    alliances {\n      id\n      name\n    }\n  }\n": types.RaiseTensionChoicesDocument,
    "\n  mutation RaiseTension($input: TensionInput!) {\n    raiseTension(input: $input) {\n      id\n      alliance {\n        id\n        slug\n      }\n      squads {\n        id\n        tribe {\n          id\n          slug\n        }\n      }\n    }\n  }\n": types.RaiseTensionDocument,
    "\n  fragment ResolveStep_tension on Tension {\n    id\n    title\n    alliance {\n      id\n      decisions {\n        id\n        title\n      }\n    }\n    squads {\n      id\n      name\n      offers {\n        id\n        title\n      }\n      agreements {\n        id\n        status\n        terms\n        reviewBy\n        offer {\n          id\n          title\n        }\n        provider {\n          id\n          name\n        }\n        consumer {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ResolveStep_TensionFragmentDoc,
    "\n  mutation TensionReviewResolve($id: ID!, $resolution: String!, $decisionId: ID, $amend: AgreementAmendmentInput, $propose: AgreementInput) {\n    resolveTension(id: $id, resolution: $resolution, decisionId: $decisionId, amend: $amend, propose: $propose) {\n      id\n      status\n    }\n  }\n": types.TensionReviewResolveDocument,
    "\n  fragment TensionCard_tension on Tension {\n    id\n    title\n    description\n    status\n    createdAt\n    resolvedAt\n    resolution\n    wantsCoach\n    viewerCanReview\n    raisedBy {\n      id\n      displayName\n    }\n    facilitator {\n      id\n      displayName\n    }\n    squads {\n      id\n      slug\n      name\n    }\n    alliance {\n      id\n      slug\n      name\n    }\n    decision {\n      id\n      title\n      outcome\n      criteria\n    }\n    agreements {\n      id\n      offer {\n        id\n        title\n      }\n      provider {\n        id\n        name\n      }\n      consumer {\n        id\n        name\n      }\n    }\n    ...TensionReviewFlow_tension\n  }\n": types.TensionCard_TensionFragmentDoc,
    "\n  fragment TensionReviewFlow_tension on Tension {\n    id\n    title\n    status\n    wantsCoach\n    ...DecisionStep_tension\n    ...ResolveStep_tension\n  }\n": types.TensionReviewFlow_TensionFragmentDoc,
    "\n  query TensionReviewCoaches {\n    coaches {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.TensionReviewCoachesDocument,
    "\n  mutation TensionReviewStart($id: ID!, $facilitatorId: ID) {\n    startTensionReview(id: $id, facilitatorId: $facilitatorId) {\n      id\n      status\n    }\n  }\n": types.TensionReviewStartDocument,
    "\n  query TensionPlaceAlliance($slug: String!) {\n    alliance(slug: $slug) {\n      id\n      name\n    }\n  }\n": types.TensionPlaceAllianceDocument,
    "\n  query TensionPlaceTribe($slug: String!) {\n    tribe(slug: $slug) {\n      id\n      name\n    }\n  }\n": types.TensionPlaceTribeDocument,
    "\n  query TensionAgenda($allianceId: ID, $tribeId: ID) {\n    tensions(allianceId: $allianceId, tribeId: $tribeId) {\n      id\n      status\n      ...TensionCard_tension\n    }\n  }\n": types.TensionAgendaDocument,
    "\n  query AllianceTribeChoices {\n    viewerCanFormAlliance\n    tribes {\n      id\n      slug\n      name\n      trio {\n        tribeLead {\n          id\n        }\n        productLead {\n          id\n        }\n        designLead {\n          id\n        }\n      }\n    }\n  }\n": types.AllianceTribeChoicesDocument,
    "\n  query AuditLogPage($first: Int, $after: String, $action: String, $subjectType: String) {\n    auditLog(first: $first, after: $after, action: $action, subjectType: $subjectType) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AuditRow_entry\n        }\n      }\n    }\n  }\n": types.AuditLogPageDocument,
    "\n  fragment AuditRow_entry on AuditEntry {\n    id\n    occurredAt\n    actorId\n    actorName\n    action\n    subjectType\n    subjectId\n    subjectLabel\n    before\n    after\n  }\n": types.AuditRow_EntryFragmentDoc,
    "\n  query PeoplePage($first: Int, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...PersonCard_user\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PeoplePageDocument,
    "\n  fragment PersonCard_user on User {\n    id\n    displayName\n    discipline\n    role\n  }\n": types.PersonCard_UserFragmentDoc,
    "\n  query PersonPage($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      email\n      discipline\n      bio\n      role\n      createdAt\n      squad {\n        id\n        slug\n        name\n        tribe {\n          id\n          slug\n          name\n        }\n      }\n      chapter {\n        id\n        slug\n        name\n      }\n      guilds {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.PersonPageDocument,
    "\n  mutation ProfilePage($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      discipline\n      bio\n    }\n  }\n": types.ProfilePageDocument,
    "\n  mutation SignInPage($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        ...Viewer\n      }\n    }\n  }\n": types.SignInPageDocument,
    "\n  mutation AppShellSignOut {\n    signOut\n  }\n": types.AppShellSignOutDocument,
    "\n  mutation SignUpPage($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        ...Viewer\n      }\n    }\n  }\n": types.SignUpPageDocument,
    "\n  fragment Viewer on User {\n    id\n    displayName\n    email\n    discipline\n    bio\n    role\n  }\n": types.ViewerFragmentDoc,
    "\n  query AppShell {\n    me {\n      ...Viewer\n    }\n  }\n": types.AppShellDocument,
    "\n  query FeedPage($first: Int, $after: String) {\n    feed(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PostCard_post\n          guild {\n            id\n            ...PostCard_guild\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FeedPageDocument,
    "\n  query GuildPagePosts($slug: String!, $first: Int, $after: String, $tag: String, $kind: PostKind, $unanswered: Boolean) {\n    guild(slug: $slug) {\n      id\n      posts(first: $first, after: $after, tag: $tag, kind: $kind, unanswered: $unanswered) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...PostCard_post\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.GuildPagePostsDocument,
    "\n  fragment PostCard_post on Post {\n    id\n    title\n    kind\n    tags\n    pinned\n    locked\n    score\n    commentCount\n    createdAt\n    author {\n      id\n      displayName\n    }\n    acceptedAnswer {\n      id\n    }\n  }\n": types.PostCard_PostFragmentDoc,
    "\n  fragment PostCard_guild on Guild {\n    id\n    slug\n    name\n  }\n": types.PostCard_GuildFragmentDoc,
    "\n  query PostEditorPageGuild($slug: String!) {\n    guild(slug: $slug) {\n      id\n      slug\n      name\n      viewerIsMember\n      coordinators {\n        id\n      }\n    }\n  }\n": types.PostEditorPageGuildDocument,
    "\n  fragment PostEditor_post on Post {\n    id\n    title\n    body\n    tags\n    kind\n    guild {\n      id\n      slug\n      name\n    }\n  }\n": types.PostEditor_PostFragmentDoc,
    "\n  query PostEditorPagePost($id: ID!) {\n    post(id: $id) {\n      id\n      author {\n        id\n      }\n      ...PostEditor_post\n    }\n  }\n": types.PostEditorPagePostDocument,
    "\n  mutation PostEditorPageCreate($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n    }\n  }\n": types.PostEditorPageCreateDocument,
    "\n  mutation PostEditorPageUpdate($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      id\n      title\n      body\n      tags\n      updatedAt\n    }\n  }\n": types.PostEditorPageUpdateDocument,
    "\n  fragment CommentBody_comment on Comment {\n    id\n    body\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n": types.CommentBody_CommentFragmentDoc,
    "\n  mutation PostPageDeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": types.PostPageDeleteCommentDocument,
    "\n  mutation PostPageAddComment($postId: ID!, $body: String!, $parentId: ID) {\n    addComment(postId: $postId, body: $body, parentId: $parentId) {\n      id\n    }\n  }\n": types.PostPageAddCommentDocument,
    "\n  fragment PostActions_post on Post {\n    id\n    title\n    pinned\n    locked\n    score\n    viewerHasUpvoted\n    guild {\n      id\n      slug\n    }\n  }\n": types.PostActions_PostFragmentDoc,
    "\n  mutation PostPageUpvote($postId: ID!) {\n    upvotePost(postId: $postId) {\n      id\n      score\n      viewerHasUpvoted\n    }\n  }\n": types.PostPageUpvoteDocument,
    "\n  mutation PostPageRemoveUpvote($postId: ID!) {\n    removeUpvote(postId: $postId) {\n      id\n      score\n      viewerHasUpvoted\n    }\n  }\n": types.PostPageRemoveUpvoteDocument,
    "\n  mutation PostPagePin($postId: ID!, $pinned: Boolean!) {\n    pinPost(postId: $postId, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n": types.PostPagePinDocument,
    "\n  mutation PostPageLock($postId: ID!, $locked: Boolean!) {\n    lockPost(postId: $postId, locked: $locked) {\n      id\n      locked\n    }\n  }\n": types.PostPageLockDocument,
    "\n  mutation PostPageDelete($id: ID!) {\n    deletePost(id: $id)\n  }\n": types.PostPageDeleteDocument,
    "\n  fragment PostComments_post on Post {\n    id\n    kind\n    locked\n    commentCount\n    guild {\n      id\n      slug\n      name\n    }\n    acceptedAnswer {\n      id\n    }\n    comments(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          author {\n            id\n            displayName\n          }\n          parent {\n            id\n          }\n          ...CommentBody_comment\n        }\n      }\n    }\n  }\n": types.PostComments_PostFragmentDoc,
    "\n  mutation PostPageAcceptAnswer($commentId: ID!) {\n    acceptAnswer(commentId: $commentId) {\n      id\n      acceptedAnswer {\n        id\n      }\n    }\n  }\n": types.PostPageAcceptAnswerDocument,
    "\n  fragment PostHeader_post on Post {\n    id\n    title\n    kind\n    tags\n    pinned\n    locked\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    guild {\n      id\n      slug\n      name\n    }\n    acceptedAnswer {\n      id\n    }\n  }\n": types.PostHeader_PostFragmentDoc,
    "\n  query PostPage($id: ID!) {\n    post(id: $id) {\n      id\n      title\n      body\n      ...PostHeader_post\n      ...PostPermissions_post\n      ...PostActions_post\n      ...PostComments_post\n    }\n  }\n": types.PostPageDocument,
    "\n  fragment PostPermissions_post on Post {\n    locked\n    author {\n      id\n    }\n    guild {\n      id\n      viewerIsMember\n      coordinators {\n        id\n      }\n    }\n  }\n": types.PostPermissions_PostFragmentDoc,
    "\n  query SearchPage($query: String!, $first: Int, $after: String) {\n    search(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        snippet\n        node {\n          __typename\n          ... on Post {\n            id\n            title\n            kind\n            guild {\n              id\n              slug\n              name\n            }\n          }\n          ... on Guild {\n            id\n            slug\n            name\n            memberCount\n          }\n          ... on User {\n            id\n            displayName\n            discipline\n          }\n          ... on Standard {\n            id\n            slug\n            title\n            level\n            chapter {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SearchPageDocument,
    "\n  query TagsPage($first: Int) {\n    tags(first: $first) {\n      tag\n      count\n    }\n  }\n": types.TagsPageDocument,
    "\n  query TagPage($query: String!) {\n    search(query: $query, first: 50) {\n      edges {\n        cursor\n        snippet\n        node {\n          __typename\n          ... on Post {\n            id\n            title\n            kind\n            tags\n            guild {\n              id\n              slug\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TagPageDocument,
    "\n  fragment ChapterPeopleForm_tribe on Tribe {\n    id\n    name\n    chapters {\n      id\n      name\n    }\n  }\n": types.ChapterPeopleForm_TribeFragmentDoc,
    "\n  mutation OrgAdminPageChapterMember($chapterId: ID!, $userId: ID!) {\n    addChapterMember(chapterId: $chapterId, userId: $userId) {\n      id\n      name\n      memberCount\n    }\n  }\n": types.OrgAdminPageChapterMemberDocument,
    "\n  mutation OrgAdminPageChapterLead($chapterId: ID!, $userId: ID!) {\n    setChapterLead(chapterId: $chapterId, userId: $userId) {\n      id\n      name\n      lead {\n        id\n        displayName\n      }\n    }\n  }\n": types.OrgAdminPageChapterLeadDocument,
    "\n  mutation OrgAdminPageCreateChapter($input: CreateChapterInput!) {\n    createChapter(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.OrgAdminPageCreateChapterDocument,
    "\n  mutation OrgAdminPageCreateSquad($input: CreateSquadInput!) {\n    createSquad(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.OrgAdminPageCreateSquadDocument,
    "\n  mutation OrgAdminPageCreateTribe($input: CreateTribeInput!) {\n    createTribe(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.OrgAdminPageCreateTribeDocument,
    "\n  fragment MovePersonSection_tribe on Tribe {\n    id\n    name\n    squads {\n      id\n      name\n      memberCount\n    }\n  }\n": types.MovePersonSection_TribeFragmentDoc,
    "\n  query OrgAdminPagePerson($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      squad {\n        id\n        name\n        tribe {\n          id\n          name\n        }\n      }\n      chapter {\n        id\n        name\n        tribe {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OrgAdminPagePersonDocument,
    "\n  mutation OrgAdminPageMovePerson($squadId: ID!, $userId: ID!) {\n    addSquadMember(squadId: $squadId, userId: $userId) {\n      id\n      slug\n      name\n      memberCount\n    }\n  }\n": types.OrgAdminPageMovePersonDocument,
    "\n  query OrgAdminPage {\n    tribes {\n      id\n      name\n      ...MovePersonSection_tribe\n      ...SquadRolesForm_tribe\n      ...ChapterPeopleForm_tribe\n    }\n  }\n": types.OrgAdminPageDocument,
    "\n  mutation OrgAdminPageSetTrio($input: SetTrioInput!) {\n    setTrio(input: $input) {\n      id\n      trio {\n        complete\n      }\n    }\n  }\n": types.OrgAdminPageSetTrioDocument,
    "\n  fragment SquadRolesForm_tribe on Tribe {\n    id\n    name\n    squads {\n      id\n      name\n    }\n  }\n": types.SquadRolesForm_TribeFragmentDoc,
    "\n  mutation OrgAdminPageSquadRoles($id: ID!, $input: UpdateSquadInput!) {\n    updateSquad(id: $id, input: $input) {\n      id\n      name\n      productOwner {\n        id\n        displayName\n      }\n      agileCoach {\n        id\n        displayName\n      }\n    }\n  }\n": types.OrgAdminPageSquadRolesDocument,
    "\n  query ChapterPage($slug: String!) {\n    chapter(slug: $slug) {\n      id\n      slug\n      name\n      discipline\n      memberCount\n      ...ChapterStandards_chapter\n      tribe {\n        id\n        slug\n        name\n      }\n      lead {\n        id\n        ...PersonLink_user\n      }\n      members {\n        id\n        ...MembersTable_user\n        squad {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.ChapterPageDocument,
    "\n  fragment ChapterStandards_chapter on Chapter {\n    id\n    slug\n    name\n    standards {\n      id\n      slug\n      title\n      level\n      status\n      currentVersion {\n        number\n      }\n      adoptionSummary {\n        squads\n        adopted\n      }\n    }\n  }\n": types.ChapterStandards_ChapterFragmentDoc,
    "\n  fragment GuildActions_guild on Guild {\n    id\n    name\n    viewerIsMember\n    coordinators {\n      id\n    }\n  }\n": types.GuildActions_GuildFragmentDoc,
    "\n  mutation GuildPageJoin($guildId: ID!) {\n    joinGuild(guildId: $guildId) {\n      id\n      memberCount\n      viewerIsMember\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n": types.GuildPageJoinDocument,
    "\n  mutation GuildPageLeave($guildId: ID!) {\n    leaveGuild(guildId: $guildId) {\n      id\n      memberCount\n      viewerIsMember\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n": types.GuildPageLeaveDocument,
    "\n  mutation GuildPageVolunteer($guildId: ID!) {\n    volunteerAsCoordinator(guildId: $guildId) {\n      id\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n": types.GuildPageVolunteerDocument,
    "\n  mutation GuildPageStepDown($guildId: ID!) {\n    stepDownAsCoordinator(guildId: $guildId) {\n      id\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n": types.GuildPageStepDownDocument,
    "\n  fragment GuildCard_guild on Guild {\n    id\n    slug\n    name\n    description\n    memberCount\n    coordinators {\n      id\n    }\n    ...GuildActions_guild\n  }\n": types.GuildCard_GuildFragmentDoc,
    "\n  query GuildPage($slug: String!) {\n    guild(slug: $slug) {\n      id\n      slug\n      name\n      description\n      memberCount\n      viewerIsMember\n      createdAt\n      ...GuildActions_guild\n      coordinators {\n        id\n        ...PersonLink_user\n      }\n      members(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            ...PersonLink_user\n          }\n        }\n      }\n    }\n  }\n": types.GuildPageDocument,
    "\n  query GuildsPage($first: Int, $after: String, $search: String) {\n    guilds(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...GuildCard_guild\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.GuildsPageDocument,
    "\n  mutation GuildsPageCreate($input: CreateGuildInput!) {\n    createGuild(input: $input) {\n      id\n      slug\n    }\n  }\n": types.GuildsPageCreateDocument,
    "\n  mutation ImportPage($yaml: String!, $dryRun: Boolean, $progressId: ID) {\n    importOrg(yaml: $yaml, dryRun: $dryRun, progressId: $progressId) {\n      ...ImportReportCard_report\n    }\n  }\n": types.ImportPageDocument,
    "\n  query ImportPageExport {\n    exportOrg\n  }\n": types.ImportPageExportDocument,
    "\n  fragment ImportProgressBar_progress on ImportProgress {\n    phase\n    done\n    total\n    finished\n  }\n": types.ImportProgressBar_ProgressFragmentDoc,
    "\n  query ImportPageProgress($id: ID!) {\n    importProgress(id: $id) {\n      ...ImportProgressBar_progress\n    }\n  }\n": types.ImportPageProgressDocument,
    "\n  fragment ImportReportCard_report on ImportReport {\n    dryRun\n    created\n    updated\n    unchanged\n    errors\n  }\n": types.ImportReportCard_ReportFragmentDoc,
    "\n  fragment MembersTable_user on User {\n    id\n    displayName\n    discipline\n  }\n": types.MembersTable_UserFragmentDoc,
    "\n  query OrgChartPage {\n    tribes {\n      id\n      name\n      mission\n      ...OrgChartTribe_tribe\n      squads {\n        id\n        name\n        ...OrgChartSquad_squad\n      }\n      chapters {\n        id\n        name\n        discipline\n        ...OrgChartChapter_chapter\n      }\n    }\n  }\n": types.OrgChartPageDocument,
    "\n  fragment OrgChartTribe_tribe on Tribe {\n    id\n    slug\n    name\n    memberCount\n    trio {\n      ...TrioSeats_trio\n    }\n    squads {\n      id\n    }\n    chapters {\n      id\n    }\n  }\n": types.OrgChartTribe_TribeFragmentDoc,
    "\n  fragment OrgChartSquad_squad on Squad {\n    id\n    slug\n    name\n    memberCount\n    framework\n  }\n": types.OrgChartSquad_SquadFragmentDoc,
    "\n  fragment OrgChartChapter_chapter on Chapter {\n    id\n    slug\n    name\n    memberCount\n  }\n": types.OrgChartChapter_ChapterFragmentDoc,
    "\n  query OrgHealthPage {\n    orgWarnings {\n      kind\n      message\n      subjectId\n      subjectName\n    }\n  }\n": types.OrgHealthPageDocument,
    "\n  query OrgHealthPageTribes {\n    tribes {\n      id\n      slug\n      squads {\n        id\n        slug\n      }\n      chapters {\n        id\n        slug\n      }\n    }\n  }\n": types.OrgHealthPageTribesDocument,
    "\n  query OrgHealthPageGuilds {\n    guilds(first: 100) {\n      edges {\n        node {\n          id\n          slug\n        }\n      }\n    }\n  }\n": types.OrgHealthPageGuildsDocument,
    "\n  fragment PersonLink_user on User {\n    id\n    displayName\n  }\n": types.PersonLink_UserFragmentDoc,
    "\n  query OrgAdminPagePeople($search: String) {\n    users(first: 50, search: $search) {\n      edges {\n        node {\n          id\n          displayName\n          discipline\n        }\n      }\n    }\n  }\n": types.OrgAdminPagePeopleDocument,
    "\n  query SquadPage($slug: String!) {\n    squad(slug: $slug) {\n      id\n      slug\n      name\n      mission\n      framework\n      memberCount\n      ...SquadStandards_squad\n      tribe {\n        id\n        slug\n        name\n      }\n      productOwner {\n        id\n        ...PersonLink_user\n      }\n      agileCoach {\n        id\n        ...PersonLink_user\n      }\n      members {\n        id\n        ...MembersTable_user\n        chapter {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.SquadPageDocument,
    "\n  fragment SquadStandards_squad on Squad {\n    id\n    name\n    tribe {\n      id\n      slug\n    }\n    adoptions {\n      status\n      version\n      outdated\n      overdue\n      exemptUntil\n      standard {\n        id\n        slug\n        title\n        level\n        status\n        currentVersion {\n          number\n        }\n        chapter {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SquadStandards_SquadFragmentDoc,
    "\n  fragment AgreementList_agreement on InterfaceAgreement {\n    id\n    terms\n    mode\n    status\n    reviewBy\n    dueForReview\n    viewerCanAccept\n    viewerCanRetire\n    offer {\n      id\n      title\n    }\n    provider {\n      id\n      slug\n      name\n    }\n    consumer {\n      id\n      slug\n      name\n    }\n  }\n": types.AgreementList_AgreementFragmentDoc,
    "\n  mutation AgreementListAccept($id: ID!) {\n    acceptAgreement(id: $id) {\n      id\n      status\n    }\n  }\n": types.AgreementListAcceptDocument,
    "\n  mutation AgreementListRetire($id: ID!) {\n    retireAgreement(id: $id) {\n      id\n      status\n    }\n  }\n": types.AgreementListRetireDocument,
    "\n  fragment DependencyList_dependency on Dependency {\n    id\n    description\n    neededBy\n    status\n    response\n    overdue\n    viewerCanRespond\n    createdAt\n    offer {\n      id\n      title\n    }\n    requester {\n      id\n      slug\n      name\n    }\n    provider {\n      id\n      slug\n      name\n    }\n  }\n": types.DependencyList_DependencyFragmentDoc,
    "\n  mutation DependencyListRespond($id: ID!, $status: DependencyStatus!, $response: String) {\n    respondToDependency(id: $id, status: $status, response: $response) {\n      id\n      status\n      response\n    }\n  }\n": types.DependencyListRespondDocument,
    "\n  fragment OfferCard_offer on SquadOffer {\n    id\n    title\n    description\n    expectations\n    limits\n    revision\n    viewerCanEdit\n    squad {\n      id\n      name\n    }\n  }\n": types.OfferCard_OfferFragmentDoc,
    "\n  mutation OfferCardRetire($id: ID!) {\n    retireSquadOffer(id: $id) {\n      id\n      retiredAt\n    }\n  }\n": types.OfferCardRetireDocument,
    "\n  mutation OfferFormPublish($input: SquadOfferInput!) {\n    publishSquadOffer(input: $input) {\n      id\n    }\n  }\n": types.OfferFormPublishDocument,
    "\n  mutation OfferFormUpdate($id: ID!, $input: UpdateSquadOfferInput!) {\n    updateSquadOffer(id: $id, input: $input) {\n      id\n      title\n      description\n      expectations\n      limits\n      revision\n    }\n  }\n": types.OfferFormUpdateDocument,
    "\n  mutation ProposeAgreementForm($input: AgreementInput!) {\n    proposeAgreement(input: $input) {\n      id\n      status\n    }\n  }\n": types.ProposeAgreementFormDocument,
    "\n  mutation RequestDependencyForm($input: DependencyInput!) {\n    requestDependency(input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestDependencyFormDocument,
    "\n  query SquadTeamApi($slug: String!) {\n    me {\n      id\n      squad {\n        id\n        name\n      }\n    }\n    squad(slug: $slug) {\n      id\n      name\n      viewerCanPublishOffers\n      offers {\n        id\n        ...OfferCard_offer\n      }\n      agreements {\n        id\n        ...AgreementList_agreement\n      }\n      dependencies {\n        id\n        ...DependencyList_dependency\n      }\n    }\n  }\n": types.SquadTeamApiDocument,
    "\n  fragment TribeAlliances_tribe on Tribe {\n    id\n    slug\n    name\n    alliances {\n      id\n      slug\n      name\n      status\n      progress\n    }\n  }\n": types.TribeAlliances_TribeFragmentDoc,
    "\n  query TribePage($slug: String!) {\n    tribe(slug: $slug) {\n      id\n      slug\n      name\n      mission\n      memberCount\n      trio {\n        ...TrioSeats_trio\n      }\n      ...TribeAlliances_tribe\n      squads {\n        id\n        slug\n        name\n        mission\n        memberCount\n        productOwner {\n          id\n          ...PersonLink_user\n        }\n      }\n      chapters {\n        id\n        slug\n        name\n        discipline\n        memberCount\n        lead {\n          id\n          ...PersonLink_user\n        }\n      }\n    }\n  }\n": types.TribePageDocument,
    "\n  fragment TrioSeats_trio on Trio {\n    complete\n    tribeLead {\n      id\n      ...PersonLink_user\n    }\n    productLead {\n      id\n      ...PersonLink_user\n    }\n    designLead {\n      id\n      ...PersonLink_user\n    }\n  }\n": types.TrioSeats_TrioFragmentDoc,
    "\n  query OrgWarningBadges {\n    orgWarnings {\n      subjectId\n      ...WarningBadges_warning\n    }\n  }\n": types.OrgWarningBadgesDocument,
    "\n  fragment WarningBadges_warning on OrgWarning {\n    kind\n    message\n  }\n": types.WarningBadges_WarningFragmentDoc,
    "\n  fragment AdoptionCell_adoption on Adoption {\n    status\n    version\n    outdated\n    overdue\n    note\n    exemptUntil\n    viewerCanRecord\n  }\n": types.AdoptionCell_AdoptionFragmentDoc,
    "\n  mutation AdoptionMatrixSetAdoption($input: SetAdoptionInput!) {\n    setAdoption(input: $input) {\n      status\n      version\n      outdated\n    }\n  }\n": types.AdoptionMatrixSetAdoptionDocument,
    "\n  fragment AdoptionHistory_standard on Standard {\n    id\n    adoptionHistory(first: 20) {\n      edges {\n        node {\n          id\n          changedAt\n          fromStatus\n          toStatus\n          toVersion\n          note\n          exemptUntil\n          changedBy {\n            id\n            displayName\n          }\n          squad {\n            id\n            slug\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.AdoptionHistory_StandardFragmentDoc,
    "\n  query AdoptionMatrixPlaces {\n    me {\n      id\n      squad {\n        id\n        tribe {\n          id\n          slug\n        }\n      }\n    }\n    tribes {\n      id\n      slug\n      name\n      chapters {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.AdoptionMatrixPlacesDocument,
    "\n  fragment AdoptionMatrix_standard on Standard {\n    id\n    slug\n    title\n    level\n    adoptBy\n    currentVersion {\n      number\n    }\n    adoptionSummary {\n      squads\n      adopted\n      adoptionRate\n    }\n    adoptions {\n      squad {\n        id\n      }\n      ...AdoptionCell_adoption\n    }\n  }\n": types.AdoptionMatrix_StandardFragmentDoc,
    "\n  query AdoptionMatrixTribe($slug: String!) {\n    tribe(slug: $slug) {\n      id\n      name\n      squads {\n        id\n        slug\n        name\n      }\n      chapters {\n        id\n        standards(status: PUBLISHED) {\n          id\n          ...AdoptionMatrix_standard\n        }\n      }\n    }\n  }\n": types.AdoptionMatrixTribeDocument,
    "\n  query AdoptionMatrixChapter($slug: String!) {\n    chapter(slug: $slug) {\n      id\n      name\n      tribe {\n        id\n        name\n        squads {\n          id\n          slug\n          name\n        }\n      }\n      standards(status: PUBLISHED) {\n        id\n        ...AdoptionMatrix_standard\n      }\n    }\n  }\n": types.AdoptionMatrixChapterDocument,
    "\n  fragment AdoptionSummaryBar_summary on AdoptionSummary {\n    squads\n    adopted\n    inProgress\n    notStarted\n    exempt\n    outdated\n    overdue\n    adoptionRate\n  }\n": types.AdoptionSummaryBar_SummaryFragmentDoc,
    "\n  fragment StandardEditor_standard on Standard {\n    id\n    slug\n    title\n    summary\n    level\n    adoptBy\n    draftBody\n    revision\n    status\n    viewerCanEdit\n  }\n": types.StandardEditor_StandardFragmentDoc,
    "\n  query EditStandardPage($slug: String!) {\n    standard(slug: $slug) {\n      id\n      ...StandardEditor_standard\n    }\n  }\n": types.EditStandardPageDocument,
    "\n  mutation EditStandardPageUpdate($id: ID!, $input: UpdateStandardDraftInput!, $expectedRevision: Int!) {\n    updateStandardDraft(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      id\n      ...StandardEditor_standard\n    }\n  }\n": types.EditStandardPageUpdateDocument,
    "\n  query NewStandardPageChapters {\n    tribes {\n      id\n      name\n      chapters {\n        id\n        name\n        lead {\n          id\n        }\n      }\n    }\n  }\n": types.NewStandardPageChaptersDocument,
    "\n  mutation NewStandardPageCreate($input: CreateStandardInput!) {\n    createStandard(input: $input) {\n      id\n      slug\n    }\n  }\n": types.NewStandardPageCreateDocument,
    "\n  fragment ReviewThread_standard on Standard {\n    id\n    status\n    viewerCanComment\n    reviewComments {\n      id\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.ReviewThread_StandardFragmentDoc,
    "\n  mutation StandardPageAddReviewComment($standardId: ID!, $body: String!) {\n    addReviewComment(standardId: $standardId, body: $body) {\n      id\n    }\n  }\n": types.StandardPageAddReviewCommentDocument,
    "\n  fragment StandardActions_standard on Standard {\n    id\n    slug\n    title\n    status\n    hasUnpublishedChanges\n    viewerCanEdit\n    currentVersion {\n      number\n    }\n    chapter {\n      id\n      standards(status: PUBLISHED) {\n        id\n        title\n      }\n    }\n  }\n": types.StandardActions_StandardFragmentDoc,
    "\n  mutation StandardPageSubmit($id: ID!) {\n    submitStandardForReview(id: $id) {\n      id\n      status\n    }\n  }\n": types.StandardPageSubmitDocument,
    "\n  mutation StandardPagePublish($id: ID!, $changeNote: String) {\n    publishStandard(id: $id, changeNote: $changeNote) {\n      id\n      status\n      hasUnpublishedChanges\n    }\n  }\n": types.StandardPagePublishDocument,
    "\n  mutation StandardPageDeprecate($id: ID!, $reason: String!, $supersededById: ID) {\n    deprecateStandard(id: $id, reason: $reason, supersededById: $supersededById) {\n      id\n      status\n    }\n  }\n": types.StandardPageDeprecateDocument,
    "\n  fragment StandardHeader_standard on Standard {\n    id\n    title\n    summary\n    level\n    status\n    adoptBy\n    deprecationReason\n    currentVersion {\n      number\n    }\n    supersededBy {\n      id\n      slug\n      title\n    }\n    chapter {\n      id\n      slug\n      name\n      tribe {\n        id\n        name\n      }\n    }\n  }\n": types.StandardHeader_StandardFragmentDoc,
    "\n  query StandardPage($slug: String!) {\n    standard(slug: $slug) {\n      id\n      slug\n      title\n      status\n      draftBody\n      hasUnpublishedChanges\n      currentVersion {\n        number\n        body\n      }\n      chapter {\n        id\n        slug\n      }\n      adoptionSummary {\n        ...AdoptionSummaryBar_summary\n      }\n      ...StandardHeader_standard\n      ...StandardActions_standard\n      ...VersionHistory_standard\n      ...ReviewThread_standard\n      ...AdoptionHistory_standard\n    }\n  }\n": types.StandardPageDocument,
    "\n  query StandardsPageChapters {\n    tribes {\n      id\n      slug\n      name\n      chapters {\n        id\n        slug\n        name\n        lead {\n          id\n        }\n      }\n    }\n  }\n": types.StandardsPageChaptersDocument,
    "\n  query StandardsPage($chapterId: ID, $status: StandardStatus, $first: Int, $after: String) {\n    standards(chapterId: $chapterId, status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          summary\n          level\n          status\n          adoptBy\n          hasUnpublishedChanges\n          currentVersion {\n            number\n          }\n          chapter {\n            id\n            name\n          }\n          adoptionSummary {\n            squads\n            adopted\n            adoptionRate\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StandardsPageDocument,
    "\n  fragment VersionHistory_standard on Standard {\n    id\n    versions {\n      number\n      changeNote\n      publishedAt\n      publishedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.VersionHistory_StandardFragmentDoc,
    "\n  query StandardDiff($standardId: ID!, $fromVersion: Int!, $toVersion: Int!) {\n    standardDiff(standardId: $standardId, fromVersion: $fromVersion, toVersion: $toVersion)\n  }\n": types.StandardDiffDocument,
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
export function graphql(source: "\n  fragment AllianceCriteria_alliance on Alliance {\n    id\n    revision\n    criteria\n    viewerCanEdit\n  }\n"): (typeof documents)["\n  fragment AllianceCriteria_alliance on Alliance {\n    id\n    revision\n    criteria\n    viewerCanEdit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlliancePageSaveCriteria($id: ID!, $input: UpdateAllianceInput!) {\n    updateAlliance(id: $id, input: $input) {\n      id\n      revision\n      criteria\n    }\n  }\n"): (typeof documents)["\n  mutation AlliancePageSaveCriteria($id: ID!, $input: UpdateAllianceInput!) {\n    updateAlliance(id: $id, input: $input) {\n      id\n      revision\n      criteria\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlliancePageSaveDetails($id: ID!, $input: UpdateAllianceInput!) {\n    updateAlliance(id: $id, input: $input) {\n      id\n      name\n      goal\n      revision\n    }\n  }\n"): (typeof documents)["\n  mutation AlliancePageSaveDetails($id: ID!, $input: UpdateAllianceInput!) {\n    updateAlliance(id: $id, input: $input) {\n      id\n      name\n      goal\n      revision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AllianceHeader_alliance on Alliance {\n    id\n    name\n    goal\n    status\n    progress\n    revision\n    viewerCanEdit\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment AllianceHeader_alliance on Alliance {\n    id\n    name\n    goal\n    status\n    progress\n    revision\n    viewerCanEdit\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlliancePageSetStatus($id: ID!, $input: UpdateAllianceInput!) {\n    updateAlliance(id: $id, input: $input) {\n      id\n      status\n      revision\n    }\n  }\n"): (typeof documents)["\n  mutation AlliancePageSetStatus($id: ID!, $input: UpdateAllianceInput!) {\n    updateAlliance(id: $id, input: $input) {\n      id\n      status\n      revision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AllianceListItem_alliance on Alliance {\n    id\n    slug\n    name\n    goal\n    status\n    progress\n    tribes {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AllianceListItem_alliance on Alliance {\n    id\n    slug\n    name\n    goal\n    status\n    progress\n    tribes {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AllianceMilestones_alliance on Alliance {\n    id\n    viewerCanEdit\n    milestones {\n      id\n      title\n      dueDate\n      status\n      overdue\n      squad {\n        id\n        name\n      }\n    }\n    tribes {\n      id\n      name\n      squads {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AllianceMilestones_alliance on Alliance {\n    id\n    viewerCanEdit\n    milestones {\n      id\n      title\n      dueDate\n      status\n      overdue\n      squad {\n        id\n        name\n      }\n    }\n    tribes {\n      id\n      name\n      squads {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlliancePageSetMilestoneStatus($id: ID!, $status: MilestoneStatus!) {\n    setMilestoneStatus(id: $id, status: $status) {\n      id\n      status\n      overdue\n    }\n  }\n"): (typeof documents)["\n  mutation AlliancePageSetMilestoneStatus($id: ID!, $status: MilestoneStatus!) {\n    setMilestoneStatus(id: $id, status: $status) {\n      id\n      status\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AllianceObjectives_alliance on Alliance {\n    id\n    viewerCanEdit\n    objectives {\n      id\n      title\n      progress\n      keyResults {\n        id\n        ...KeyResultItem_keyResult\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AllianceObjectives_alliance on Alliance {\n    id\n    viewerCanEdit\n    objectives {\n      id\n      title\n      progress\n      keyResults {\n        id\n        ...KeyResultItem_keyResult\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlliancePageAddObjective($allianceId: ID!, $title: String!) {\n    addObjective(allianceId: $allianceId, title: $title) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AlliancePageAddObjective($allianceId: ID!, $title: String!) {\n    addObjective(allianceId: $allianceId, title: $title) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlliancePage($slug: String!) {\n    alliance(slug: $slug) {\n      id\n      ...AllianceHeader_alliance\n      ...AllianceTribes_alliance\n      ...AllianceCriteria_alliance\n      ...AllianceObjectives_alliance\n      ...AllianceMilestones_alliance\n      ...DecisionLog_alliance\n    }\n  }\n"): (typeof documents)["\n  query AlliancePage($slug: String!) {\n    alliance(slug: $slug) {\n      id\n      ...AllianceHeader_alliance\n      ...AllianceTribes_alliance\n      ...AllianceCriteria_alliance\n      ...AllianceObjectives_alliance\n      ...AllianceMilestones_alliance\n      ...DecisionLog_alliance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AllianceTribes_alliance on Alliance {\n    id\n    name\n    viewerCanEdit\n    tribesViewerCanAdd {\n      id\n      name\n    }\n    tribes {\n      id\n      slug\n      name\n      trio {\n        tribeLead {\n          id\n          displayName\n        }\n        productLead {\n          id\n          displayName\n        }\n        designLead {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AllianceTribes_alliance on Alliance {\n    id\n    name\n    viewerCanEdit\n    tribesViewerCanAdd {\n      id\n      name\n    }\n    tribes {\n      id\n      slug\n      name\n      trio {\n        tribeLead {\n          id\n          displayName\n        }\n        productLead {\n          id\n          displayName\n        }\n        designLead {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlliancePageAddTribe($allianceId: ID!, $tribeId: ID!) {\n    addTribeToAlliance(allianceId: $allianceId, tribeId: $tribeId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AlliancePageAddTribe($allianceId: ID!, $tribeId: ID!) {\n    addTribeToAlliance(allianceId: $allianceId, tribeId: $tribeId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlliancePageRemoveTribe($allianceId: ID!, $tribeId: ID!) {\n    removeTribeFromAlliance(allianceId: $allianceId, tribeId: $tribeId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AlliancePageRemoveTribe($allianceId: ID!, $tribeId: ID!) {\n    removeTribeFromAlliance(allianceId: $allianceId, tribeId: $tribeId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlliancesPage($status: AllianceStatus) {\n    viewerCanFormAlliance\n    alliances(status: $status) {\n      id\n      status\n      ...AllianceListItem_alliance\n    }\n  }\n"): (typeof documents)["\n  query AlliancesPage($status: AllianceStatus) {\n    viewerCanFormAlliance\n    alliances(status: $status) {\n      id\n      status\n      ...AllianceListItem_alliance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlliancePageRecordDecision($input: DecisionInput!) {\n    recordDecision(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AlliancePageRecordDecision($input: DecisionInput!) {\n    recordDecision(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionLog_alliance on Alliance {\n    id\n    viewerCanEdit\n    criteria\n    decisions {\n      id\n      title\n      context\n      outcome\n      criteria\n      decidedAt\n      decidedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DecisionLog_alliance on Alliance {\n    id\n    viewerCanEdit\n    criteria\n    decisions {\n      id\n      title\n      context\n      outcome\n      criteria\n      decidedAt\n      decidedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlliancePageAddKeyResult($objectiveId: ID!, $input: KeyResultInput!) {\n    addKeyResult(objectiveId: $objectiveId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AlliancePageAddKeyResult($objectiveId: ID!, $input: KeyResultInput!) {\n    addKeyResult(objectiveId: $objectiveId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KeyResultItem_keyResult on KeyResult {\n    id\n    title\n    unit\n    baseline\n    target\n    current\n    progress\n    updatedAt\n    viewerCanUpdate\n    history {\n      value\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  fragment KeyResultItem_keyResult on KeyResult {\n    id\n    title\n    unit\n    baseline\n    target\n    current\n    progress\n    updatedAt\n    viewerCanUpdate\n    history {\n      value\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlliancePageUpdateKeyResult($id: ID!, $current: Float!) {\n    updateKeyResult(id: $id, current: $current) {\n      id\n      current\n      progress\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AlliancePageUpdateKeyResult($id: ID!, $current: Float!) {\n    updateKeyResult(id: $id, current: $current) {\n      id\n      current\n      progress\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlliancePageAddMilestone($input: MilestoneInput!) {\n    addMilestone(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AlliancePageAddMilestone($input: MilestoneInput!) {\n    addMilestone(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewAlliancePageCreate($input: CreateAllianceInput!) {\n    createAlliance(input: $input) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation NewAlliancePageCreate($input: CreateAllianceInput!) {\n    createAlliance(input: $input) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoachesPanel {\n    coaches {\n      note\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoachesPanel {\n    coaches {\n      note\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoachesPanelVolunteer($note: String) {\n    volunteerAsCoach(note: $note) {\n      note\n    }\n  }\n"): (typeof documents)["\n  mutation CoachesPanelVolunteer($note: String) {\n    volunteerAsCoach(note: $note) {\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoachesPanelStepDown {\n    stepDownAsCoach\n  }\n"): (typeof documents)["\n  mutation CoachesPanelStepDown {\n    stepDownAsCoach\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionStep_tension on Tension {\n    id\n    title\n    alliance {\n      id\n      name\n      criteria\n    }\n  }\n"): (typeof documents)["\n  fragment DecisionStep_tension on Tension {\n    id\n    title\n    alliance {\n      id\n      name\n      criteria\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TensionReviewRecordDecision($input: DecisionInput!) {\n    recordDecision(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation TensionReviewRecordDecision($input: DecisionInput!) {\n    recordDecision(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DependencyMapPage_dependency on Dependency {\n    id\n    description\n    status\n    overdue\n    neededBy\n    requester {\n      id\n      slug\n      name\n      tribe {\n        id\n        name\n      }\n    }\n    provider {\n      id\n      slug\n      name\n      tribe {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DependencyMapPage_dependency on Dependency {\n    id\n    description\n    status\n    overdue\n    neededBy\n    requester {\n      id\n      slug\n      name\n      tribe {\n        id\n        name\n      }\n    }\n    provider {\n      id\n      slug\n      name\n      tribe {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DependencyMapAlliance($slug: String!) {\n    alliance(slug: $slug) {\n      id\n      name\n      tribes {\n        id\n        name\n        squads {\n          id\n          slug\n          name\n        }\n      }\n      dependencies {\n        id\n        ...DependencyMapPage_dependency\n      }\n    }\n  }\n"): (typeof documents)["\n  query DependencyMapAlliance($slug: String!) {\n    alliance(slug: $slug) {\n      id\n      name\n      tribes {\n        id\n        name\n        squads {\n          id\n          slug\n          name\n        }\n      }\n      dependencies {\n        id\n        ...DependencyMapPage_dependency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DependencyMapTribe($slug: String!) {\n    tribe(slug: $slug) {\n      id\n      name\n      squads {\n        id\n        slug\n        name\n        dependencies {\n          id\n          ...DependencyMapPage_dependency\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DependencyMapTribe($slug: String!) {\n    tribe(slug: $slug) {\n      id\n      name\n      squads {\n        id\n        slug\n        name\n        dependencies {\n          id\n          ...DependencyMapPage_dependency\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPlaces {\n    alliances {\n      id\n      slug\n      name\n    }\n    tribes {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query TeamPlaces {\n    alliances {\n      id\n      slug\n      name\n    }\n    tribes {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RaiseTensionChoices {\n    tribes {\n      id\n      name\n      squads {\n        id\n        name\n      }\n    }\n    alliances {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query RaiseTensionChoices {\n    tribes {\n      id\n      name\n      squads {\n        id\n        name\n      }\n    }\n    alliances {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseTension($input: TensionInput!) {\n    raiseTension(input: $input) {\n      id\n      alliance {\n        id\n        slug\n      }\n      squads {\n        id\n        tribe {\n          id\n          slug\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RaiseTension($input: TensionInput!) {\n    raiseTension(input: $input) {\n      id\n      alliance {\n        id\n        slug\n      }\n      squads {\n        id\n        tribe {\n          id\n          slug\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResolveStep_tension on Tension {\n    id\n    title\n    alliance {\n      id\n      decisions {\n        id\n        title\n      }\n    }\n    squads {\n      id\n      name\n      offers {\n        id\n        title\n      }\n      agreements {\n        id\n        status\n        terms\n        reviewBy\n        offer {\n          id\n          title\n        }\n        provider {\n          id\n          name\n        }\n        consumer {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ResolveStep_tension on Tension {\n    id\n    title\n    alliance {\n      id\n      decisions {\n        id\n        title\n      }\n    }\n    squads {\n      id\n      name\n      offers {\n        id\n        title\n      }\n      agreements {\n        id\n        status\n        terms\n        reviewBy\n        offer {\n          id\n          title\n        }\n        provider {\n          id\n          name\n        }\n        consumer {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TensionReviewResolve($id: ID!, $resolution: String!, $decisionId: ID, $amend: AgreementAmendmentInput, $propose: AgreementInput) {\n    resolveTension(id: $id, resolution: $resolution, decisionId: $decisionId, amend: $amend, propose: $propose) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation TensionReviewResolve($id: ID!, $resolution: String!, $decisionId: ID, $amend: AgreementAmendmentInput, $propose: AgreementInput) {\n    resolveTension(id: $id, resolution: $resolution, decisionId: $decisionId, amend: $amend, propose: $propose) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TensionCard_tension on Tension {\n    id\n    title\n    description\n    status\n    createdAt\n    resolvedAt\n    resolution\n    wantsCoach\n    viewerCanReview\n    raisedBy {\n      id\n      displayName\n    }\n    facilitator {\n      id\n      displayName\n    }\n    squads {\n      id\n      slug\n      name\n    }\n    alliance {\n      id\n      slug\n      name\n    }\n    decision {\n      id\n      title\n      outcome\n      criteria\n    }\n    agreements {\n      id\n      offer {\n        id\n        title\n      }\n      provider {\n        id\n        name\n      }\n      consumer {\n        id\n        name\n      }\n    }\n    ...TensionReviewFlow_tension\n  }\n"): (typeof documents)["\n  fragment TensionCard_tension on Tension {\n    id\n    title\n    description\n    status\n    createdAt\n    resolvedAt\n    resolution\n    wantsCoach\n    viewerCanReview\n    raisedBy {\n      id\n      displayName\n    }\n    facilitator {\n      id\n      displayName\n    }\n    squads {\n      id\n      slug\n      name\n    }\n    alliance {\n      id\n      slug\n      name\n    }\n    decision {\n      id\n      title\n      outcome\n      criteria\n    }\n    agreements {\n      id\n      offer {\n        id\n        title\n      }\n      provider {\n        id\n        name\n      }\n      consumer {\n        id\n        name\n      }\n    }\n    ...TensionReviewFlow_tension\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TensionReviewFlow_tension on Tension {\n    id\n    title\n    status\n    wantsCoach\n    ...DecisionStep_tension\n    ...ResolveStep_tension\n  }\n"): (typeof documents)["\n  fragment TensionReviewFlow_tension on Tension {\n    id\n    title\n    status\n    wantsCoach\n    ...DecisionStep_tension\n    ...ResolveStep_tension\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TensionReviewCoaches {\n    coaches {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query TensionReviewCoaches {\n    coaches {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TensionReviewStart($id: ID!, $facilitatorId: ID) {\n    startTensionReview(id: $id, facilitatorId: $facilitatorId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation TensionReviewStart($id: ID!, $facilitatorId: ID) {\n    startTensionReview(id: $id, facilitatorId: $facilitatorId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TensionPlaceAlliance($slug: String!) {\n    alliance(slug: $slug) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query TensionPlaceAlliance($slug: String!) {\n    alliance(slug: $slug) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TensionPlaceTribe($slug: String!) {\n    tribe(slug: $slug) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query TensionPlaceTribe($slug: String!) {\n    tribe(slug: $slug) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TensionAgenda($allianceId: ID, $tribeId: ID) {\n    tensions(allianceId: $allianceId, tribeId: $tribeId) {\n      id\n      status\n      ...TensionCard_tension\n    }\n  }\n"): (typeof documents)["\n  query TensionAgenda($allianceId: ID, $tribeId: ID) {\n    tensions(allianceId: $allianceId, tribeId: $tribeId) {\n      id\n      status\n      ...TensionCard_tension\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllianceTribeChoices {\n    viewerCanFormAlliance\n    tribes {\n      id\n      slug\n      name\n      trio {\n        tribeLead {\n          id\n        }\n        productLead {\n          id\n        }\n        designLead {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AllianceTribeChoices {\n    viewerCanFormAlliance\n    tribes {\n      id\n      slug\n      name\n      trio {\n        tribeLead {\n          id\n        }\n        productLead {\n          id\n        }\n        designLead {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogPage($first: Int, $after: String, $action: String, $subjectType: String) {\n    auditLog(first: $first, after: $after, action: $action, subjectType: $subjectType) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AuditRow_entry\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogPage($first: Int, $after: String, $action: String, $subjectType: String) {\n    auditLog(first: $first, after: $after, action: $action, subjectType: $subjectType) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AuditRow_entry\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditRow_entry on AuditEntry {\n    id\n    occurredAt\n    actorId\n    actorName\n    action\n    subjectType\n    subjectId\n    subjectLabel\n    before\n    after\n  }\n"): (typeof documents)["\n  fragment AuditRow_entry on AuditEntry {\n    id\n    occurredAt\n    actorId\n    actorName\n    action\n    subjectType\n    subjectId\n    subjectLabel\n    before\n    after\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeoplePage($first: Int, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...PersonCard_user\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeoplePage($first: Int, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...PersonCard_user\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonCard_user on User {\n    id\n    displayName\n    discipline\n    role\n  }\n"): (typeof documents)["\n  fragment PersonCard_user on User {\n    id\n    displayName\n    discipline\n    role\n  }\n"];
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
export function graphql(source: "\n  mutation SignInPage($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        ...Viewer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInPage($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        ...Viewer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppShellSignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation AppShellSignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpPage($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        ...Viewer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUpPage($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        ...Viewer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Viewer on User {\n    id\n    displayName\n    email\n    discipline\n    bio\n    role\n  }\n"): (typeof documents)["\n  fragment Viewer on User {\n    id\n    displayName\n    email\n    discipline\n    bio\n    role\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppShell {\n    me {\n      ...Viewer\n    }\n  }\n"): (typeof documents)["\n  query AppShell {\n    me {\n      ...Viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedPage($first: Int, $after: String) {\n    feed(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PostCard_post\n          guild {\n            id\n            ...PostCard_guild\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedPage($first: Int, $after: String) {\n    feed(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PostCard_post\n          guild {\n            id\n            ...PostCard_guild\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuildPagePosts($slug: String!, $first: Int, $after: String, $tag: String, $kind: PostKind, $unanswered: Boolean) {\n    guild(slug: $slug) {\n      id\n      posts(first: $first, after: $after, tag: $tag, kind: $kind, unanswered: $unanswered) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...PostCard_post\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GuildPagePosts($slug: String!, $first: Int, $after: String, $tag: String, $kind: PostKind, $unanswered: Boolean) {\n    guild(slug: $slug) {\n      id\n      posts(first: $first, after: $after, tag: $tag, kind: $kind, unanswered: $unanswered) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...PostCard_post\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostCard_post on Post {\n    id\n    title\n    kind\n    tags\n    pinned\n    locked\n    score\n    commentCount\n    createdAt\n    author {\n      id\n      displayName\n    }\n    acceptedAnswer {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment PostCard_post on Post {\n    id\n    title\n    kind\n    tags\n    pinned\n    locked\n    score\n    commentCount\n    createdAt\n    author {\n      id\n      displayName\n    }\n    acceptedAnswer {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostCard_guild on Guild {\n    id\n    slug\n    name\n  }\n"): (typeof documents)["\n  fragment PostCard_guild on Guild {\n    id\n    slug\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostEditorPageGuild($slug: String!) {\n    guild(slug: $slug) {\n      id\n      slug\n      name\n      viewerIsMember\n      coordinators {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostEditorPageGuild($slug: String!) {\n    guild(slug: $slug) {\n      id\n      slug\n      name\n      viewerIsMember\n      coordinators {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostEditor_post on Post {\n    id\n    title\n    body\n    tags\n    kind\n    guild {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PostEditor_post on Post {\n    id\n    title\n    body\n    tags\n    kind\n    guild {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostEditorPagePost($id: ID!) {\n    post(id: $id) {\n      id\n      author {\n        id\n      }\n      ...PostEditor_post\n    }\n  }\n"): (typeof documents)["\n  query PostEditorPagePost($id: ID!) {\n    post(id: $id) {\n      id\n      author {\n        id\n      }\n      ...PostEditor_post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostEditorPageCreate($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PostEditorPageCreate($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostEditorPageUpdate($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      id\n      title\n      body\n      tags\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PostEditorPageUpdate($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      id\n      title\n      body\n      tags\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentBody_comment on Comment {\n    id\n    body\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment CommentBody_comment on Comment {\n    id\n    body\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostPageDeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"): (typeof documents)["\n  mutation PostPageDeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostPageAddComment($postId: ID!, $body: String!, $parentId: ID) {\n    addComment(postId: $postId, body: $body, parentId: $parentId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PostPageAddComment($postId: ID!, $body: String!, $parentId: ID) {\n    addComment(postId: $postId, body: $body, parentId: $parentId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostActions_post on Post {\n    id\n    title\n    pinned\n    locked\n    score\n    viewerHasUpvoted\n    guild {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  fragment PostActions_post on Post {\n    id\n    title\n    pinned\n    locked\n    score\n    viewerHasUpvoted\n    guild {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostPageUpvote($postId: ID!) {\n    upvotePost(postId: $postId) {\n      id\n      score\n      viewerHasUpvoted\n    }\n  }\n"): (typeof documents)["\n  mutation PostPageUpvote($postId: ID!) {\n    upvotePost(postId: $postId) {\n      id\n      score\n      viewerHasUpvoted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostPageRemoveUpvote($postId: ID!) {\n    removeUpvote(postId: $postId) {\n      id\n      score\n      viewerHasUpvoted\n    }\n  }\n"): (typeof documents)["\n  mutation PostPageRemoveUpvote($postId: ID!) {\n    removeUpvote(postId: $postId) {\n      id\n      score\n      viewerHasUpvoted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostPagePin($postId: ID!, $pinned: Boolean!) {\n    pinPost(postId: $postId, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n"): (typeof documents)["\n  mutation PostPagePin($postId: ID!, $pinned: Boolean!) {\n    pinPost(postId: $postId, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostPageLock($postId: ID!, $locked: Boolean!) {\n    lockPost(postId: $postId, locked: $locked) {\n      id\n      locked\n    }\n  }\n"): (typeof documents)["\n  mutation PostPageLock($postId: ID!, $locked: Boolean!) {\n    lockPost(postId: $postId, locked: $locked) {\n      id\n      locked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostPageDelete($id: ID!) {\n    deletePost(id: $id)\n  }\n"): (typeof documents)["\n  mutation PostPageDelete($id: ID!) {\n    deletePost(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostComments_post on Post {\n    id\n    kind\n    locked\n    commentCount\n    guild {\n      id\n      slug\n      name\n    }\n    acceptedAnswer {\n      id\n    }\n    comments(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          author {\n            id\n            displayName\n          }\n          parent {\n            id\n          }\n          ...CommentBody_comment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PostComments_post on Post {\n    id\n    kind\n    locked\n    commentCount\n    guild {\n      id\n      slug\n      name\n    }\n    acceptedAnswer {\n      id\n    }\n    comments(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          author {\n            id\n            displayName\n          }\n          parent {\n            id\n          }\n          ...CommentBody_comment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostPageAcceptAnswer($commentId: ID!) {\n    acceptAnswer(commentId: $commentId) {\n      id\n      acceptedAnswer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PostPageAcceptAnswer($commentId: ID!) {\n    acceptAnswer(commentId: $commentId) {\n      id\n      acceptedAnswer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostHeader_post on Post {\n    id\n    title\n    kind\n    tags\n    pinned\n    locked\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    guild {\n      id\n      slug\n      name\n    }\n    acceptedAnswer {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment PostHeader_post on Post {\n    id\n    title\n    kind\n    tags\n    pinned\n    locked\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    guild {\n      id\n      slug\n      name\n    }\n    acceptedAnswer {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostPage($id: ID!) {\n    post(id: $id) {\n      id\n      title\n      body\n      ...PostHeader_post\n      ...PostPermissions_post\n      ...PostActions_post\n      ...PostComments_post\n    }\n  }\n"): (typeof documents)["\n  query PostPage($id: ID!) {\n    post(id: $id) {\n      id\n      title\n      body\n      ...PostHeader_post\n      ...PostPermissions_post\n      ...PostActions_post\n      ...PostComments_post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostPermissions_post on Post {\n    locked\n    author {\n      id\n    }\n    guild {\n      id\n      viewerIsMember\n      coordinators {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PostPermissions_post on Post {\n    locked\n    author {\n      id\n    }\n    guild {\n      id\n      viewerIsMember\n      coordinators {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPage($query: String!, $first: Int, $after: String) {\n    search(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        snippet\n        node {\n          __typename\n          ... on Post {\n            id\n            title\n            kind\n            guild {\n              id\n              slug\n              name\n            }\n          }\n          ... on Guild {\n            id\n            slug\n            name\n            memberCount\n          }\n          ... on User {\n            id\n            displayName\n            discipline\n          }\n          ... on Standard {\n            id\n            slug\n            title\n            level\n            chapter {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchPage($query: String!, $first: Int, $after: String) {\n    search(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        snippet\n        node {\n          __typename\n          ... on Post {\n            id\n            title\n            kind\n            guild {\n              id\n              slug\n              name\n            }\n          }\n          ... on Guild {\n            id\n            slug\n            name\n            memberCount\n          }\n          ... on User {\n            id\n            displayName\n            discipline\n          }\n          ... on Standard {\n            id\n            slug\n            title\n            level\n            chapter {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagsPage($first: Int) {\n    tags(first: $first) {\n      tag\n      count\n    }\n  }\n"): (typeof documents)["\n  query TagsPage($first: Int) {\n    tags(first: $first) {\n      tag\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagPage($query: String!) {\n    search(query: $query, first: 50) {\n      edges {\n        cursor\n        snippet\n        node {\n          __typename\n          ... on Post {\n            id\n            title\n            kind\n            tags\n            guild {\n              id\n              slug\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TagPage($query: String!) {\n    search(query: $query, first: 50) {\n      edges {\n        cursor\n        snippet\n        node {\n          __typename\n          ... on Post {\n            id\n            title\n            kind\n            tags\n            guild {\n              id\n              slug\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChapterPeopleForm_tribe on Tribe {\n    id\n    name\n    chapters {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ChapterPeopleForm_tribe on Tribe {\n    id\n    name\n    chapters {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgAdminPageChapterMember($chapterId: ID!, $userId: ID!) {\n    addChapterMember(chapterId: $chapterId, userId: $userId) {\n      id\n      name\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation OrgAdminPageChapterMember($chapterId: ID!, $userId: ID!) {\n    addChapterMember(chapterId: $chapterId, userId: $userId) {\n      id\n      name\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgAdminPageChapterLead($chapterId: ID!, $userId: ID!) {\n    setChapterLead(chapterId: $chapterId, userId: $userId) {\n      id\n      name\n      lead {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgAdminPageChapterLead($chapterId: ID!, $userId: ID!) {\n    setChapterLead(chapterId: $chapterId, userId: $userId) {\n      id\n      name\n      lead {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgAdminPageCreateChapter($input: CreateChapterInput!) {\n    createChapter(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation OrgAdminPageCreateChapter($input: CreateChapterInput!) {\n    createChapter(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgAdminPageCreateSquad($input: CreateSquadInput!) {\n    createSquad(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation OrgAdminPageCreateSquad($input: CreateSquadInput!) {\n    createSquad(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgAdminPageCreateTribe($input: CreateTribeInput!) {\n    createTribe(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation OrgAdminPageCreateTribe($input: CreateTribeInput!) {\n    createTribe(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MovePersonSection_tribe on Tribe {\n    id\n    name\n    squads {\n      id\n      name\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  fragment MovePersonSection_tribe on Tribe {\n    id\n    name\n    squads {\n      id\n      name\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgAdminPagePerson($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      squad {\n        id\n        name\n        tribe {\n          id\n          name\n        }\n      }\n      chapter {\n        id\n        name\n        tribe {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgAdminPagePerson($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      squad {\n        id\n        name\n        tribe {\n          id\n          name\n        }\n      }\n      chapter {\n        id\n        name\n        tribe {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgAdminPageMovePerson($squadId: ID!, $userId: ID!) {\n    addSquadMember(squadId: $squadId, userId: $userId) {\n      id\n      slug\n      name\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation OrgAdminPageMovePerson($squadId: ID!, $userId: ID!) {\n    addSquadMember(squadId: $squadId, userId: $userId) {\n      id\n      slug\n      name\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgAdminPage {\n    tribes {\n      id\n      name\n      ...MovePersonSection_tribe\n      ...SquadRolesForm_tribe\n      ...ChapterPeopleForm_tribe\n    }\n  }\n"): (typeof documents)["\n  query OrgAdminPage {\n    tribes {\n      id\n      name\n      ...MovePersonSection_tribe\n      ...SquadRolesForm_tribe\n      ...ChapterPeopleForm_tribe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgAdminPageSetTrio($input: SetTrioInput!) {\n    setTrio(input: $input) {\n      id\n      trio {\n        complete\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgAdminPageSetTrio($input: SetTrioInput!) {\n    setTrio(input: $input) {\n      id\n      trio {\n        complete\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SquadRolesForm_tribe on Tribe {\n    id\n    name\n    squads {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SquadRolesForm_tribe on Tribe {\n    id\n    name\n    squads {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgAdminPageSquadRoles($id: ID!, $input: UpdateSquadInput!) {\n    updateSquad(id: $id, input: $input) {\n      id\n      name\n      productOwner {\n        id\n        displayName\n      }\n      agileCoach {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgAdminPageSquadRoles($id: ID!, $input: UpdateSquadInput!) {\n    updateSquad(id: $id, input: $input) {\n      id\n      name\n      productOwner {\n        id\n        displayName\n      }\n      agileCoach {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChapterPage($slug: String!) {\n    chapter(slug: $slug) {\n      id\n      slug\n      name\n      discipline\n      memberCount\n      ...ChapterStandards_chapter\n      tribe {\n        id\n        slug\n        name\n      }\n      lead {\n        id\n        ...PersonLink_user\n      }\n      members {\n        id\n        ...MembersTable_user\n        squad {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChapterPage($slug: String!) {\n    chapter(slug: $slug) {\n      id\n      slug\n      name\n      discipline\n      memberCount\n      ...ChapterStandards_chapter\n      tribe {\n        id\n        slug\n        name\n      }\n      lead {\n        id\n        ...PersonLink_user\n      }\n      members {\n        id\n        ...MembersTable_user\n        squad {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChapterStandards_chapter on Chapter {\n    id\n    slug\n    name\n    standards {\n      id\n      slug\n      title\n      level\n      status\n      currentVersion {\n        number\n      }\n      adoptionSummary {\n        squads\n        adopted\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ChapterStandards_chapter on Chapter {\n    id\n    slug\n    name\n    standards {\n      id\n      slug\n      title\n      level\n      status\n      currentVersion {\n        number\n      }\n      adoptionSummary {\n        squads\n        adopted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GuildActions_guild on Guild {\n    id\n    name\n    viewerIsMember\n    coordinators {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment GuildActions_guild on Guild {\n    id\n    name\n    viewerIsMember\n    coordinators {\n      id\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment GuildCard_guild on Guild {\n    id\n    slug\n    name\n    description\n    memberCount\n    coordinators {\n      id\n    }\n    ...GuildActions_guild\n  }\n"): (typeof documents)["\n  fragment GuildCard_guild on Guild {\n    id\n    slug\n    name\n    description\n    memberCount\n    coordinators {\n      id\n    }\n    ...GuildActions_guild\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuildPage($slug: String!) {\n    guild(slug: $slug) {\n      id\n      slug\n      name\n      description\n      memberCount\n      viewerIsMember\n      createdAt\n      ...GuildActions_guild\n      coordinators {\n        id\n        ...PersonLink_user\n      }\n      members(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            ...PersonLink_user\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GuildPage($slug: String!) {\n    guild(slug: $slug) {\n      id\n      slug\n      name\n      description\n      memberCount\n      viewerIsMember\n      createdAt\n      ...GuildActions_guild\n      coordinators {\n        id\n        ...PersonLink_user\n      }\n      members(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            ...PersonLink_user\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuildsPage($first: Int, $after: String, $search: String) {\n    guilds(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...GuildCard_guild\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query GuildsPage($first: Int, $after: String, $search: String) {\n    guilds(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...GuildCard_guild\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GuildsPageCreate($input: CreateGuildInput!) {\n    createGuild(input: $input) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation GuildsPageCreate($input: CreateGuildInput!) {\n    createGuild(input: $input) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPage($yaml: String!, $dryRun: Boolean, $progressId: ID) {\n    importOrg(yaml: $yaml, dryRun: $dryRun, progressId: $progressId) {\n      ...ImportReportCard_report\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPage($yaml: String!, $dryRun: Boolean, $progressId: ID) {\n    importOrg(yaml: $yaml, dryRun: $dryRun, progressId: $progressId) {\n      ...ImportReportCard_report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportPageExport {\n    exportOrg\n  }\n"): (typeof documents)["\n  query ImportPageExport {\n    exportOrg\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportProgressBar_progress on ImportProgress {\n    phase\n    done\n    total\n    finished\n  }\n"): (typeof documents)["\n  fragment ImportProgressBar_progress on ImportProgress {\n    phase\n    done\n    total\n    finished\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportPageProgress($id: ID!) {\n    importProgress(id: $id) {\n      ...ImportProgressBar_progress\n    }\n  }\n"): (typeof documents)["\n  query ImportPageProgress($id: ID!) {\n    importProgress(id: $id) {\n      ...ImportProgressBar_progress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportReportCard_report on ImportReport {\n    dryRun\n    created\n    updated\n    unchanged\n    errors\n  }\n"): (typeof documents)["\n  fragment ImportReportCard_report on ImportReport {\n    dryRun\n    created\n    updated\n    unchanged\n    errors\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembersTable_user on User {\n    id\n    displayName\n    discipline\n  }\n"): (typeof documents)["\n  fragment MembersTable_user on User {\n    id\n    displayName\n    discipline\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgChartPage {\n    tribes {\n      id\n      name\n      mission\n      ...OrgChartTribe_tribe\n      squads {\n        id\n        name\n        ...OrgChartSquad_squad\n      }\n      chapters {\n        id\n        name\n        discipline\n        ...OrgChartChapter_chapter\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgChartPage {\n    tribes {\n      id\n      name\n      mission\n      ...OrgChartTribe_tribe\n      squads {\n        id\n        name\n        ...OrgChartSquad_squad\n      }\n      chapters {\n        id\n        name\n        discipline\n        ...OrgChartChapter_chapter\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgChartTribe_tribe on Tribe {\n    id\n    slug\n    name\n    memberCount\n    trio {\n      ...TrioSeats_trio\n    }\n    squads {\n      id\n    }\n    chapters {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment OrgChartTribe_tribe on Tribe {\n    id\n    slug\n    name\n    memberCount\n    trio {\n      ...TrioSeats_trio\n    }\n    squads {\n      id\n    }\n    chapters {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgChartSquad_squad on Squad {\n    id\n    slug\n    name\n    memberCount\n    framework\n  }\n"): (typeof documents)["\n  fragment OrgChartSquad_squad on Squad {\n    id\n    slug\n    name\n    memberCount\n    framework\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgChartChapter_chapter on Chapter {\n    id\n    slug\n    name\n    memberCount\n  }\n"): (typeof documents)["\n  fragment OrgChartChapter_chapter on Chapter {\n    id\n    slug\n    name\n    memberCount\n  }\n"];
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
export function graphql(source: "\n  fragment PersonLink_user on User {\n    id\n    displayName\n  }\n"): (typeof documents)["\n  fragment PersonLink_user on User {\n    id\n    displayName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgAdminPagePeople($search: String) {\n    users(first: 50, search: $search) {\n      edges {\n        node {\n          id\n          displayName\n          discipline\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgAdminPagePeople($search: String) {\n    users(first: 50, search: $search) {\n      edges {\n        node {\n          id\n          displayName\n          discipline\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SquadPage($slug: String!) {\n    squad(slug: $slug) {\n      id\n      slug\n      name\n      mission\n      framework\n      memberCount\n      ...SquadStandards_squad\n      tribe {\n        id\n        slug\n        name\n      }\n      productOwner {\n        id\n        ...PersonLink_user\n      }\n      agileCoach {\n        id\n        ...PersonLink_user\n      }\n      members {\n        id\n        ...MembersTable_user\n        chapter {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SquadPage($slug: String!) {\n    squad(slug: $slug) {\n      id\n      slug\n      name\n      mission\n      framework\n      memberCount\n      ...SquadStandards_squad\n      tribe {\n        id\n        slug\n        name\n      }\n      productOwner {\n        id\n        ...PersonLink_user\n      }\n      agileCoach {\n        id\n        ...PersonLink_user\n      }\n      members {\n        id\n        ...MembersTable_user\n        chapter {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SquadStandards_squad on Squad {\n    id\n    name\n    tribe {\n      id\n      slug\n    }\n    adoptions {\n      status\n      version\n      outdated\n      overdue\n      exemptUntil\n      standard {\n        id\n        slug\n        title\n        level\n        status\n        currentVersion {\n          number\n        }\n        chapter {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SquadStandards_squad on Squad {\n    id\n    name\n    tribe {\n      id\n      slug\n    }\n    adoptions {\n      status\n      version\n      outdated\n      overdue\n      exemptUntil\n      standard {\n        id\n        slug\n        title\n        level\n        status\n        currentVersion {\n          number\n        }\n        chapter {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementList_agreement on InterfaceAgreement {\n    id\n    terms\n    mode\n    status\n    reviewBy\n    dueForReview\n    viewerCanAccept\n    viewerCanRetire\n    offer {\n      id\n      title\n    }\n    provider {\n      id\n      slug\n      name\n    }\n    consumer {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AgreementList_agreement on InterfaceAgreement {\n    id\n    terms\n    mode\n    status\n    reviewBy\n    dueForReview\n    viewerCanAccept\n    viewerCanRetire\n    offer {\n      id\n      title\n    }\n    provider {\n      id\n      slug\n      name\n    }\n    consumer {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreementListAccept($id: ID!) {\n    acceptAgreement(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AgreementListAccept($id: ID!) {\n    acceptAgreement(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreementListRetire($id: ID!) {\n    retireAgreement(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AgreementListRetire($id: ID!) {\n    retireAgreement(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DependencyList_dependency on Dependency {\n    id\n    description\n    neededBy\n    status\n    response\n    overdue\n    viewerCanRespond\n    createdAt\n    offer {\n      id\n      title\n    }\n    requester {\n      id\n      slug\n      name\n    }\n    provider {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment DependencyList_dependency on Dependency {\n    id\n    description\n    neededBy\n    status\n    response\n    overdue\n    viewerCanRespond\n    createdAt\n    offer {\n      id\n      title\n    }\n    requester {\n      id\n      slug\n      name\n    }\n    provider {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DependencyListRespond($id: ID!, $status: DependencyStatus!, $response: String) {\n    respondToDependency(id: $id, status: $status, response: $response) {\n      id\n      status\n      response\n    }\n  }\n"): (typeof documents)["\n  mutation DependencyListRespond($id: ID!, $status: DependencyStatus!, $response: String) {\n    respondToDependency(id: $id, status: $status, response: $response) {\n      id\n      status\n      response\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferCard_offer on SquadOffer {\n    id\n    title\n    description\n    expectations\n    limits\n    revision\n    viewerCanEdit\n    squad {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment OfferCard_offer on SquadOffer {\n    id\n    title\n    description\n    expectations\n    limits\n    revision\n    viewerCanEdit\n    squad {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferCardRetire($id: ID!) {\n    retireSquadOffer(id: $id) {\n      id\n      retiredAt\n    }\n  }\n"): (typeof documents)["\n  mutation OfferCardRetire($id: ID!) {\n    retireSquadOffer(id: $id) {\n      id\n      retiredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferFormPublish($input: SquadOfferInput!) {\n    publishSquadOffer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OfferFormPublish($input: SquadOfferInput!) {\n    publishSquadOffer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferFormUpdate($id: ID!, $input: UpdateSquadOfferInput!) {\n    updateSquadOffer(id: $id, input: $input) {\n      id\n      title\n      description\n      expectations\n      limits\n      revision\n    }\n  }\n"): (typeof documents)["\n  mutation OfferFormUpdate($id: ID!, $input: UpdateSquadOfferInput!) {\n    updateSquadOffer(id: $id, input: $input) {\n      id\n      title\n      description\n      expectations\n      limits\n      revision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeAgreementForm($input: AgreementInput!) {\n    proposeAgreement(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeAgreementForm($input: AgreementInput!) {\n    proposeAgreement(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDependencyForm($input: DependencyInput!) {\n    requestDependency(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDependencyForm($input: DependencyInput!) {\n    requestDependency(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SquadTeamApi($slug: String!) {\n    me {\n      id\n      squad {\n        id\n        name\n      }\n    }\n    squad(slug: $slug) {\n      id\n      name\n      viewerCanPublishOffers\n      offers {\n        id\n        ...OfferCard_offer\n      }\n      agreements {\n        id\n        ...AgreementList_agreement\n      }\n      dependencies {\n        id\n        ...DependencyList_dependency\n      }\n    }\n  }\n"): (typeof documents)["\n  query SquadTeamApi($slug: String!) {\n    me {\n      id\n      squad {\n        id\n        name\n      }\n    }\n    squad(slug: $slug) {\n      id\n      name\n      viewerCanPublishOffers\n      offers {\n        id\n        ...OfferCard_offer\n      }\n      agreements {\n        id\n        ...AgreementList_agreement\n      }\n      dependencies {\n        id\n        ...DependencyList_dependency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TribeAlliances_tribe on Tribe {\n    id\n    slug\n    name\n    alliances {\n      id\n      slug\n      name\n      status\n      progress\n    }\n  }\n"): (typeof documents)["\n  fragment TribeAlliances_tribe on Tribe {\n    id\n    slug\n    name\n    alliances {\n      id\n      slug\n      name\n      status\n      progress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TribePage($slug: String!) {\n    tribe(slug: $slug) {\n      id\n      slug\n      name\n      mission\n      memberCount\n      trio {\n        ...TrioSeats_trio\n      }\n      ...TribeAlliances_tribe\n      squads {\n        id\n        slug\n        name\n        mission\n        memberCount\n        productOwner {\n          id\n          ...PersonLink_user\n        }\n      }\n      chapters {\n        id\n        slug\n        name\n        discipline\n        memberCount\n        lead {\n          id\n          ...PersonLink_user\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TribePage($slug: String!) {\n    tribe(slug: $slug) {\n      id\n      slug\n      name\n      mission\n      memberCount\n      trio {\n        ...TrioSeats_trio\n      }\n      ...TribeAlliances_tribe\n      squads {\n        id\n        slug\n        name\n        mission\n        memberCount\n        productOwner {\n          id\n          ...PersonLink_user\n        }\n      }\n      chapters {\n        id\n        slug\n        name\n        discipline\n        memberCount\n        lead {\n          id\n          ...PersonLink_user\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrioSeats_trio on Trio {\n    complete\n    tribeLead {\n      id\n      ...PersonLink_user\n    }\n    productLead {\n      id\n      ...PersonLink_user\n    }\n    designLead {\n      id\n      ...PersonLink_user\n    }\n  }\n"): (typeof documents)["\n  fragment TrioSeats_trio on Trio {\n    complete\n    tribeLead {\n      id\n      ...PersonLink_user\n    }\n    productLead {\n      id\n      ...PersonLink_user\n    }\n    designLead {\n      id\n      ...PersonLink_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgWarningBadges {\n    orgWarnings {\n      subjectId\n      ...WarningBadges_warning\n    }\n  }\n"): (typeof documents)["\n  query OrgWarningBadges {\n    orgWarnings {\n      subjectId\n      ...WarningBadges_warning\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WarningBadges_warning on OrgWarning {\n    kind\n    message\n  }\n"): (typeof documents)["\n  fragment WarningBadges_warning on OrgWarning {\n    kind\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdoptionCell_adoption on Adoption {\n    status\n    version\n    outdated\n    overdue\n    note\n    exemptUntil\n    viewerCanRecord\n  }\n"): (typeof documents)["\n  fragment AdoptionCell_adoption on Adoption {\n    status\n    version\n    outdated\n    overdue\n    note\n    exemptUntil\n    viewerCanRecord\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptionMatrixSetAdoption($input: SetAdoptionInput!) {\n    setAdoption(input: $input) {\n      status\n      version\n      outdated\n    }\n  }\n"): (typeof documents)["\n  mutation AdoptionMatrixSetAdoption($input: SetAdoptionInput!) {\n    setAdoption(input: $input) {\n      status\n      version\n      outdated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdoptionHistory_standard on Standard {\n    id\n    adoptionHistory(first: 20) {\n      edges {\n        node {\n          id\n          changedAt\n          fromStatus\n          toStatus\n          toVersion\n          note\n          exemptUntil\n          changedBy {\n            id\n            displayName\n          }\n          squad {\n            id\n            slug\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AdoptionHistory_standard on Standard {\n    id\n    adoptionHistory(first: 20) {\n      edges {\n        node {\n          id\n          changedAt\n          fromStatus\n          toStatus\n          toVersion\n          note\n          exemptUntil\n          changedBy {\n            id\n            displayName\n          }\n          squad {\n            id\n            slug\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdoptionMatrixPlaces {\n    me {\n      id\n      squad {\n        id\n        tribe {\n          id\n          slug\n        }\n      }\n    }\n    tribes {\n      id\n      slug\n      name\n      chapters {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdoptionMatrixPlaces {\n    me {\n      id\n      squad {\n        id\n        tribe {\n          id\n          slug\n        }\n      }\n    }\n    tribes {\n      id\n      slug\n      name\n      chapters {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdoptionMatrix_standard on Standard {\n    id\n    slug\n    title\n    level\n    adoptBy\n    currentVersion {\n      number\n    }\n    adoptionSummary {\n      squads\n      adopted\n      adoptionRate\n    }\n    adoptions {\n      squad {\n        id\n      }\n      ...AdoptionCell_adoption\n    }\n  }\n"): (typeof documents)["\n  fragment AdoptionMatrix_standard on Standard {\n    id\n    slug\n    title\n    level\n    adoptBy\n    currentVersion {\n      number\n    }\n    adoptionSummary {\n      squads\n      adopted\n      adoptionRate\n    }\n    adoptions {\n      squad {\n        id\n      }\n      ...AdoptionCell_adoption\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdoptionMatrixTribe($slug: String!) {\n    tribe(slug: $slug) {\n      id\n      name\n      squads {\n        id\n        slug\n        name\n      }\n      chapters {\n        id\n        standards(status: PUBLISHED) {\n          id\n          ...AdoptionMatrix_standard\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdoptionMatrixTribe($slug: String!) {\n    tribe(slug: $slug) {\n      id\n      name\n      squads {\n        id\n        slug\n        name\n      }\n      chapters {\n        id\n        standards(status: PUBLISHED) {\n          id\n          ...AdoptionMatrix_standard\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdoptionMatrixChapter($slug: String!) {\n    chapter(slug: $slug) {\n      id\n      name\n      tribe {\n        id\n        name\n        squads {\n          id\n          slug\n          name\n        }\n      }\n      standards(status: PUBLISHED) {\n        id\n        ...AdoptionMatrix_standard\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdoptionMatrixChapter($slug: String!) {\n    chapter(slug: $slug) {\n      id\n      name\n      tribe {\n        id\n        name\n        squads {\n          id\n          slug\n          name\n        }\n      }\n      standards(status: PUBLISHED) {\n        id\n        ...AdoptionMatrix_standard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdoptionSummaryBar_summary on AdoptionSummary {\n    squads\n    adopted\n    inProgress\n    notStarted\n    exempt\n    outdated\n    overdue\n    adoptionRate\n  }\n"): (typeof documents)["\n  fragment AdoptionSummaryBar_summary on AdoptionSummary {\n    squads\n    adopted\n    inProgress\n    notStarted\n    exempt\n    outdated\n    overdue\n    adoptionRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StandardEditor_standard on Standard {\n    id\n    slug\n    title\n    summary\n    level\n    adoptBy\n    draftBody\n    revision\n    status\n    viewerCanEdit\n  }\n"): (typeof documents)["\n  fragment StandardEditor_standard on Standard {\n    id\n    slug\n    title\n    summary\n    level\n    adoptBy\n    draftBody\n    revision\n    status\n    viewerCanEdit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditStandardPage($slug: String!) {\n    standard(slug: $slug) {\n      id\n      ...StandardEditor_standard\n    }\n  }\n"): (typeof documents)["\n  query EditStandardPage($slug: String!) {\n    standard(slug: $slug) {\n      id\n      ...StandardEditor_standard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditStandardPageUpdate($id: ID!, $input: UpdateStandardDraftInput!, $expectedRevision: Int!) {\n    updateStandardDraft(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      id\n      ...StandardEditor_standard\n    }\n  }\n"): (typeof documents)["\n  mutation EditStandardPageUpdate($id: ID!, $input: UpdateStandardDraftInput!, $expectedRevision: Int!) {\n    updateStandardDraft(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      id\n      ...StandardEditor_standard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewStandardPageChapters {\n    tribes {\n      id\n      name\n      chapters {\n        id\n        name\n        lead {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewStandardPageChapters {\n    tribes {\n      id\n      name\n      chapters {\n        id\n        name\n        lead {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewStandardPageCreate($input: CreateStandardInput!) {\n    createStandard(input: $input) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation NewStandardPageCreate($input: CreateStandardInput!) {\n    createStandard(input: $input) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewThread_standard on Standard {\n    id\n    status\n    viewerCanComment\n    reviewComments {\n      id\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewThread_standard on Standard {\n    id\n    status\n    viewerCanComment\n    reviewComments {\n      id\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StandardPageAddReviewComment($standardId: ID!, $body: String!) {\n    addReviewComment(standardId: $standardId, body: $body) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StandardPageAddReviewComment($standardId: ID!, $body: String!) {\n    addReviewComment(standardId: $standardId, body: $body) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StandardActions_standard on Standard {\n    id\n    slug\n    title\n    status\n    hasUnpublishedChanges\n    viewerCanEdit\n    currentVersion {\n      number\n    }\n    chapter {\n      id\n      standards(status: PUBLISHED) {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StandardActions_standard on Standard {\n    id\n    slug\n    title\n    status\n    hasUnpublishedChanges\n    viewerCanEdit\n    currentVersion {\n      number\n    }\n    chapter {\n      id\n      standards(status: PUBLISHED) {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StandardPageSubmit($id: ID!) {\n    submitStandardForReview(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation StandardPageSubmit($id: ID!) {\n    submitStandardForReview(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StandardPagePublish($id: ID!, $changeNote: String) {\n    publishStandard(id: $id, changeNote: $changeNote) {\n      id\n      status\n      hasUnpublishedChanges\n    }\n  }\n"): (typeof documents)["\n  mutation StandardPagePublish($id: ID!, $changeNote: String) {\n    publishStandard(id: $id, changeNote: $changeNote) {\n      id\n      status\n      hasUnpublishedChanges\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StandardPageDeprecate($id: ID!, $reason: String!, $supersededById: ID) {\n    deprecateStandard(id: $id, reason: $reason, supersededById: $supersededById) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation StandardPageDeprecate($id: ID!, $reason: String!, $supersededById: ID) {\n    deprecateStandard(id: $id, reason: $reason, supersededById: $supersededById) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StandardHeader_standard on Standard {\n    id\n    title\n    summary\n    level\n    status\n    adoptBy\n    deprecationReason\n    currentVersion {\n      number\n    }\n    supersededBy {\n      id\n      slug\n      title\n    }\n    chapter {\n      id\n      slug\n      name\n      tribe {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StandardHeader_standard on Standard {\n    id\n    title\n    summary\n    level\n    status\n    adoptBy\n    deprecationReason\n    currentVersion {\n      number\n    }\n    supersededBy {\n      id\n      slug\n      title\n    }\n    chapter {\n      id\n      slug\n      name\n      tribe {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandardPage($slug: String!) {\n    standard(slug: $slug) {\n      id\n      slug\n      title\n      status\n      draftBody\n      hasUnpublishedChanges\n      currentVersion {\n        number\n        body\n      }\n      chapter {\n        id\n        slug\n      }\n      adoptionSummary {\n        ...AdoptionSummaryBar_summary\n      }\n      ...StandardHeader_standard\n      ...StandardActions_standard\n      ...VersionHistory_standard\n      ...ReviewThread_standard\n      ...AdoptionHistory_standard\n    }\n  }\n"): (typeof documents)["\n  query StandardPage($slug: String!) {\n    standard(slug: $slug) {\n      id\n      slug\n      title\n      status\n      draftBody\n      hasUnpublishedChanges\n      currentVersion {\n        number\n        body\n      }\n      chapter {\n        id\n        slug\n      }\n      adoptionSummary {\n        ...AdoptionSummaryBar_summary\n      }\n      ...StandardHeader_standard\n      ...StandardActions_standard\n      ...VersionHistory_standard\n      ...ReviewThread_standard\n      ...AdoptionHistory_standard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandardsPageChapters {\n    tribes {\n      id\n      slug\n      name\n      chapters {\n        id\n        slug\n        name\n        lead {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StandardsPageChapters {\n    tribes {\n      id\n      slug\n      name\n      chapters {\n        id\n        slug\n        name\n        lead {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandardsPage($chapterId: ID, $status: StandardStatus, $first: Int, $after: String) {\n    standards(chapterId: $chapterId, status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          summary\n          level\n          status\n          adoptBy\n          hasUnpublishedChanges\n          currentVersion {\n            number\n          }\n          chapter {\n            id\n            name\n          }\n          adoptionSummary {\n            squads\n            adopted\n            adoptionRate\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query StandardsPage($chapterId: ID, $status: StandardStatus, $first: Int, $after: String) {\n    standards(chapterId: $chapterId, status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          summary\n          level\n          status\n          adoptBy\n          hasUnpublishedChanges\n          currentVersion {\n            number\n          }\n          chapter {\n            id\n            name\n          }\n          adoptionSummary {\n            squads\n            adopted\n            adoptionRate\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VersionHistory_standard on Standard {\n    id\n    versions {\n      number\n      changeNote\n      publishedAt\n      publishedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment VersionHistory_standard on Standard {\n    id\n    versions {\n      number\n      changeNote\n      publishedAt\n      publishedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandardDiff($standardId: ID!, $fromVersion: Int!, $toVersion: Int!) {\n    standardDiff(standardId: $standardId, fromVersion: $fromVersion, toVersion: $toVersion)\n  }\n"): (typeof documents)["\n  query StandardDiff($standardId: ID!, $fromVersion: Int!, $toVersion: Int!) {\n    standardDiff(standardId: $standardId, fromVersion: $fromVersion, toVersion: $toVersion)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;