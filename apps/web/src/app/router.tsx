import { createBrowserRouter } from 'react-router';
import { AuditLogPage } from '@guildhall/web-audit';
import { PeoplePage, PersonPage, ProfilePage, SignInPage, SignUpPage } from '@guildhall/web-auth';
import { ChapterPage, GuildPage, GuildsPage, ImportPage, OrgAdminPage, OrgChartPage, OrgHealthPage, SquadPage, TribePage } from '@guildhall/web-org';
import { EditPostPage, FeedPage, GuildPosts, NewPostPage, PostPage, SearchPage, TagPage, TagsPage } from '@guildhall/web-knowledge';
import { StandardsPage } from '@guildhall/web-standards';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';
import { PublicLayout } from './public-layout';
import { RouteErrorPage } from './route-error-page';

export const router = createBrowserRouter([
  {
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: '/sign-in', element: <SignInPage /> },
          { path: '/sign-up', element: <SignUpPage /> },
        ],
      },
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <FeedPage /> },
          { path: '/people', element: <PeoplePage /> },
          { path: '/people/:id', element: <PersonPage /> },
          { path: '/profile', element: <ProfilePage /> },
          { path: '/org', element: <OrgChartPage /> },
          { path: '/org/health', element: <OrgHealthPage /> },
          { path: '/tribes/:slug', element: <TribePage /> },
          { path: '/squads/:slug', element: <SquadPage /> },
          { path: '/chapters/:slug', element: <ChapterPage /> },
          { path: '/guilds', element: <GuildsPage /> },
          { path: '/guilds/:slug', element: <GuildPage posts={(guild) => <GuildPosts guild={guild} />} /> },
          { path: '/guilds/:slug/new-post', element: <NewPostPage /> },
          { path: '/posts/:id', element: <PostPage /> },
          { path: '/posts/:id/edit', element: <EditPostPage /> },
          { path: '/search', element: <SearchPage /> },
          { path: '/tags', element: <TagsPage /> },
          { path: '/tags/:tag', element: <TagPage /> },
          { path: '/admin/org', element: <OrgAdminPage /> },
          { path: '/admin/import', element: <ImportPage /> },
          { path: '/admin/audit', element: <AuditLogPage /> },
          { path: '/standards', element: <StandardsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
