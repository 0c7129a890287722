/** Main navigation. Only pages that exist are listed: a link that leads nowhere is a bug. */
export interface NavItem {
  label: string;
  to: string;
  /** Also active on pages under these prefixes. */
  matches?: string[];
  /** Shown to admins only. */
  adminOnly?: boolean;
}

export const NAV_ITEMS: NavItem[] = [
  { label: 'Feed', to: '/', matches: ['/posts'] },
  { label: 'Org chart', to: '/org', matches: ['/tribes', '/squads', '/chapters'] },
  { label: 'Guilds', to: '/guilds' },
  { label: 'Tags', to: '/tags' },
  { label: 'People', to: '/people' },
  { label: 'Search', to: '/search' },
  { label: 'Your profile', to: '/profile' },
  { label: 'Standards', to: '/standards', matches: ['/adoption', '/new-standard'] },
  { label: 'Alliances', to: '/alliances', matches: ['/new-alliance'] },
  { label: 'Manage structure', to: '/admin/org', matches: ['/admin/import'], adminOnly: true },
  { label: 'Audit log', to: '/admin/audit', adminOnly: true },
];

export function isActive(item: NavItem, pathname: string): boolean {
  if (item.to === '/') return pathname === '/' || (item.matches ?? []).some((p) => pathname.startsWith(`${p}/`));
  return [item.to, ...(item.matches ?? [])].some((p) => pathname === p || pathname.startsWith(`${p}/`));
}
