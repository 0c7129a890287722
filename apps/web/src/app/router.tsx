import { createBrowserRouter } from 'react-router';
import { LoadingState } from '@guildhall/web-ui';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';
import { PublicLayout } from './public-layout';
import { RouteErrorPage } from './route-error-page';

/*
 * Every page is loaded when it is first visited: a route's `lazy` imports its module in
 * ./routes, which names the page as `Component`, so each page and what only it uses is a chunk
 * of its own and the first page carries none of the others.
 */
export const router = createBrowserRouter([
  {
    errorElement: <RouteErrorPage />,
    // While the first page's code loads.
    hydrateFallbackElement: <LoadingState label="Opening Guildhall…" />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: '/sign-in', lazy: () => import('./routes/sign-in') },
          { path: '/sign-up', lazy: () => import('./routes/sign-up') },
        ],
      },
      {
        element: <AppLayout />,
        children: [
          { index: true, lazy: () => import('./routes/feed') },
          { path: '/people', lazy: () => import('./routes/people') },
          { path: '/people/:id', lazy: () => import('./routes/person') },
          { path: '/profile', lazy: () => import('./routes/profile') },
          { path: '/org', lazy: () => import('./routes/org-chart') },
          { path: '/org/health', lazy: () => import('./routes/org-health') },
          { path: '/tribes/:slug', lazy: () => import('./routes/tribe') },
          { path: '/squads/:slug', lazy: () => import('./routes/squad') },
          { path: '/chapters/:slug', lazy: () => import('./routes/chapter') },
          { path: '/guilds', lazy: () => import('./routes/guilds') },
          { path: '/guilds/:slug', lazy: () => import('./routes/guild') },
          { path: '/guilds/:slug/new-post', lazy: () => import('./routes/new-post') },
          { path: '/posts/:id', lazy: () => import('./routes/post') },
          { path: '/posts/:id/edit', lazy: () => import('./routes/edit-post') },
          { path: '/search', lazy: () => import('./routes/search') },
          { path: '/tags', lazy: () => import('./routes/tags') },
          { path: '/tags/:tag', lazy: () => import('./routes/tag') },
          { path: '/admin/org', lazy: () => import('./routes/org-admin') },
          { path: '/admin/import', lazy: () => import('./routes/import') },
          { path: '/admin/audit', lazy: () => import('./routes/audit-log') },
          { path: '/standards', lazy: () => import('./routes/standards') },
          { path: '/standards/:slug', lazy: () => import('./routes/standards-detail') },
          { path: '/standards/:slug/edit', lazy: () => import('./routes/standards-edit') },
          { path: '/new-standard', lazy: () => import('./routes/standards-new') },
          { path: '/adoption', lazy: () => import('./routes/standards-adoption') },
          { path: '/alliances', lazy: () => import('./routes/alliances') },
          { path: '/alliances/:slug', lazy: () => import('./routes/alliances-detail') },
          { path: '/new-alliance', lazy: () => import('./routes/alliances-new') },
          { path: '/dependencies', lazy: () => import('./routes/dependency-map') },
          { path: '/tensions', lazy: () => import('./routes/tensions') },
          { path: '/tensions/new', lazy: () => import('./routes/tension-new') },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
