import { ANNOTATION, GroupRecord, ParsedCatalog, UserRecord } from '@guildhall/api-org';
import type { SquadFrameworkName } from '@guildhall/shared-domain';

/** The demo organisation as a Backstage catalog, imported by the same code as real files. */
const FIRST = ['Amara', 'Bjorn', 'Chen', 'Dalia', 'Emeka', 'Freya', 'Goran', 'Hana', 'Ines', 'Jonas', 'Kaito', 'Leila', 'Mateo', 'Nadia', 'Oskar', 'Priya', 'Quentin', 'Rosa', 'Sven', 'Tariq'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Haddad', 'Kowalski', 'Tanaka', 'Fernandes', 'Novak', 'Schmidt', 'Adeyemi', 'Costa', 'Eriksson'];
const DISCIPLINES = ['Backend', 'Frontend', 'iOS', 'Android', 'Data', 'Design', 'QA', 'Platform'];

interface SquadPlan {
  tribe: string;
  name: string;
  size: number;
  productOwner: boolean;
  framework: SquadFrameworkName;
  mission: string;
}

const TRIBES = [
  { name: 'payments', displayName: 'Payments', mission: 'Money moves safely and instantly, wherever our listeners are.' },
  { name: 'discovery', displayName: 'Discovery', mission: 'Help every listener find the next thing they will love.' },
  { name: 'platform', displayName: 'Platform', mission: 'Make shipping boring, fast and safe for every squad.' },
];

const SQUADS: SquadPlan[] = [
  { tribe: 'payments', name: 'Checkout', size: 8, productOwner: true, framework: 'SCRUM', mission: 'One-tap checkout in every market.' },
  { tribe: 'payments', name: 'Wallet', size: 7, productOwner: true, framework: 'KANBAN', mission: 'Stored balances, gift cards and refunds.' },
  { tribe: 'payments', name: 'Fraud Shield', size: 13, productOwner: true, framework: 'SCRUMBAN', mission: 'Stop fraud without stopping customers.' },
  { tribe: 'payments', name: 'Billing', size: 2, productOwner: false, framework: 'KANBAN', mission: 'Invoices and tax for business accounts.' },
  { tribe: 'discovery', name: 'Search', size: 7, productOwner: true, framework: 'SCRUM', mission: 'Find anything in two keystrokes.' },
  { tribe: 'discovery', name: 'Recommendations', size: 8, productOwner: true, framework: 'KANBAN', mission: 'The right track at the right moment.' },
  { tribe: 'discovery', name: 'Playlists', size: 6, productOwner: true, framework: 'SCRUM', mission: 'Playlists people want to share.' },
  { tribe: 'platform', name: 'Developer Experience', size: 7, productOwner: true, framework: 'KANBAN', mission: 'From commit to production in minutes.' },
  { tribe: 'platform', name: 'Observability', size: 6, productOwner: true, framework: 'SCRUMBAN', mission: 'Know before the customer does.' },
  { tribe: 'platform', name: 'Data Platform', size: 8, productOwner: true, framework: 'SCRUM', mission: 'Trusted data, self-served.' },
];

const CHAPTERS = [
  { tribe: 'payments', name: 'Payments Backend', discipline: 'Backend', lead: true },
  { tribe: 'payments', name: 'Payments Mobile', discipline: 'iOS', lead: true },
  { tribe: 'discovery', name: 'Discovery Data', discipline: 'Data', lead: true },
  { tribe: 'discovery', name: 'Discovery Frontend', discipline: 'Frontend', lead: false },
  { tribe: 'platform', name: 'Site Reliability', discipline: 'Platform', lead: true },
  { tribe: 'platform', name: 'Platform Backend', discipline: 'Backend', lead: true },
];

const GUILDS = [
  { name: 'Rust Guild', description: 'Systems programming without the footguns. Monthly code katas.' },
  { name: 'Accessibility Guild', description: 'Everyone can use what we build. Audits, patterns and office hours.' },
  { name: 'Testing Guild', description: 'Fast, trustworthy tests across every stack.' },
  { name: 'Data Visualisation Guild', description: 'Charts that tell the truth.' },
  { name: 'Security Champions', description: 'Threat modelling, secure defaults and incident drills.' },
  { name: 'Kotlin Guild', description: 'Kotlin on Android and on the server.' },
];

export interface DemoPersona {
  email: string;
  displayName: string;
  discipline: string;
}

/** Builds the catalog; `personas` take the first seats (admin, tribe lead, chapter lead, coordinator, member). */
export function demoCatalog(personas: { admin: DemoPersona; tribeLead: DemoPersona; chapterLead: DemoPersona; coordinator: DemoPersona; member: DemoPersona }): ParsedCatalog {
  const users: UserRecord[] = [];
  const addUser = (p: DemoPersona, name: string) => {
    users.push({ name, email: p.email, displayName: p.displayName, discipline: p.discipline, memberOf: [] });
    return name;
  };
  let n = 0;
  const nextPerson = (discipline?: string) => {
    const first = FIRST[n % FIRST.length];
    const last = LAST[Math.floor(n / FIRST.length) % LAST.length];
    const d = discipline ?? DISCIPLINES[(n * 3) % DISCIPLINES.length];
    n++;
    const name = `${first}.${last}`.toLowerCase();
    return addUser({ email: `${name}@guildhall.demo`, displayName: `${first} ${last}`, discipline: d }, name);
  };

  const admin = addUser(personas.admin, 'admin');
  const tribeLead = addUser(personas.tribeLead, 'lead');
  const chapterLead = addUser(personas.chapterLead, 'chapter');
  const coordinator = addUser(personas.coordinator, 'guild');
  const member = addUser(personas.member, 'member');

  const groups: GroupRecord[] = [];
  const group = (g: Partial<GroupRecord> & Pick<GroupRecord, 'name' | 'type' | 'displayName'>): GroupRecord => {
    const full: GroupRecord = { slug: g.name, description: null, parent: null, children: [], members: [], annotations: {}, ...g };
    groups.push(full);
    return full;
  };

  const trio: Record<string, Record<string, string>> = {
    payments: { [ANNOTATION.tribeLead]: tribeLead, [ANNOTATION.productLead]: nextPerson('Product'), [ANNOTATION.designLead]: nextPerson('Design') },
    // Discovery's design lead seat is empty on purpose (TRIO_INCOMPLETE).
    discovery: { [ANNOTATION.tribeLead]: nextPerson('Engineering Management'), [ANNOTATION.productLead]: nextPerson('Product') },
    platform: { [ANNOTATION.tribeLead]: nextPerson('Engineering Management'), [ANNOTATION.productLead]: nextPerson('Product'), [ANNOTATION.designLead]: nextPerson('Design') },
  };
  const tribeGroups = new Map(TRIBES.map((t) => [t.name, group({ name: t.name, type: 'tribe', displayName: t.displayName, description: t.mission, annotations: trio[t.name] })]));

  const squadMembersByTribe = new Map<string, string[]>();
  SQUADS.forEach((plan, i) => {
    const members: string[] = [];
    if (i === 0) members.push(member, chapterLead);
    if (i === 4) members.push(coordinator);
    while (members.length < plan.size) members.push(nextPerson());
    const slug = plan.name.toLowerCase().replace(/\s+/g, '-');
    const annotations: Record<string, string> = { [ANNOTATION.framework]: plan.framework };
    if (plan.productOwner) annotations[ANNOTATION.productOwner] = members[members.length - 1];
    if (i % 3 === 0) annotations[ANNOTATION.agileCoach] = members[members.length - 2];
    group({ name: slug, type: 'squad', displayName: plan.name, description: plan.mission, parent: plan.tribe, members, annotations });
    tribeGroups.get(plan.tribe)!.children.push(slug);
    squadMembersByTribe.set(plan.tribe, [...(squadMembersByTribe.get(plan.tribe) ?? []), ...members]);
  });

  for (const t of TRIBES) {
    const chapters = CHAPTERS.filter((c) => c.tribe === t.name);
    const people = squadMembersByTribe.get(t.name)!;
    chapters.forEach((c, ci) => {
      const slug = c.name.toLowerCase().replace(/\s+/g, '-');
      // Most people of the tribe join one of its chapters; every seventh stays outside any chapter.
      const members = people.filter((p, pi) => pi % chapters.length === ci && pi % 7 !== 6);
      if (c.name === 'Payments Backend' && !members.includes(chapterLead)) members.unshift(chapterLead);
      const lead = c.name === 'Payments Backend' ? chapterLead : members[0];
      group({
        name: slug,
        type: 'chapter',
        displayName: c.name,
        parent: t.name,
        members: members.filter((m) => m !== chapterLead || c.name === 'Payments Backend'),
        annotations: { [ANNOTATION.discipline]: c.discipline, ...(c.lead ? { [ANNOTATION.chapterLead]: lead } : {}) },
      });
      tribeGroups.get(t.name)!.children.push(slug);
    });
  }

  const everyone = users.map((u) => u.name);
  GUILDS.forEach((g, gi) => {
    const slug = g.name.toLowerCase().replace(/\s+/g, '-');
    const members = everyone.filter((_, i) => (i + gi) % 4 === 0 || (gi === 0 && i < 5));
    if (gi <= 1 && !members.includes(coordinator)) members.push(coordinator);
    if (gi === 0 && !members.includes(member)) members.push(member);
    // The Kotlin Guild has members but nobody coordinates it (GUILD_WITHOUT_COORDINATOR).
    const coordinators = gi === 5 ? [] : gi <= 1 ? [coordinator] : [members[0]];
    group({
      name: slug,
      type: 'guild',
      displayName: g.name,
      description: g.description,
      members,
      annotations: coordinators.length ? { [ANNOTATION.coordinators]: coordinators.join(', ') } : {},
    });
  });

  while (users.length < 80) nextPerson(); // people not yet placed in a squad
  void admin;
  return { users, groups, errors: [] };
}
