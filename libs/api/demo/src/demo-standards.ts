import type { ChapterEntity, ChaptersService, SquadEntity, SquadsService, TribesService } from '@guildhall/api-org';
import type { SeedStandard } from '@guildhall/api-standards';
import type { AdoptionStatusName, StandardLevelName } from '@guildhall/shared-domain';

/** What the demo's standards ask of org: the structure the importer just committed. */
export interface DemoOrgReads {
  tribes: TribesService;
  chapters: ChaptersService;
  squads: SquadsService;
}

interface Template {
  title: string;
  summary: string;
  level: StandardLevelName;
  /** Published versions' bodies, oldest first, with the change note of each after the first. */
  versions: { body: string; changeNote?: string }[];
}

const DAY = 86_400_000;

/** Two or three standards per chapter, by discipline; the first of each has two or more versions. */
const LIBRARY: Record<string, Template[]> = {
  Backend: [
    t('API versioning', 'How public APIs change without breaking clients.', 'MUST', [
      '## Rule\n\nVersion every public API in its path (`/v1/`). Never change a published field\'s meaning.',
      ['## Rule\n\nVersion every public API in its path (`/v1/`). Never change a published field\'s meaning.\n\n## Deprecation\n\nAnnounce a removal **90 days** ahead in the changelog.', 'Deprecation notice period'],
      ['## Rule\n\nVersion every public API in its path (`/v1/`). Never change a published field\'s meaning.\n\n## Deprecation\n\nAnnounce a removal **90 days** ahead in the changelog and send a `Sunset` header.', 'Sunset header'],
    ]),
    t('Idempotent payment requests', 'Retries never charge twice.', 'MUST', ['Every request that moves money carries an `Idempotency-Key`; the server keeps keys for 24 hours.']),
    t('Structured logging', 'Logs machines and people can read.', 'SHOULD', ['Log JSON lines with `level`, `msg`, `trace_id`. No personal data in logs.']),
  ],
  iOS: [
    t('Crash-free sessions', 'The bar a release must clear.', 'MUST', [
      'Hold a release below **99.5%** crash-free sessions.',
      ['Hold a release below **99.7%** crash-free sessions, measured over the first 24 hours.', 'Raised the bar'],
    ]),
    t('Feature flags on mobile', 'Ship dark, turn on remotely.', 'SHOULD', ['Every unfinished feature ships behind a remote flag, removed within two releases.']),
  ],
  Data: [
    t('Data contracts', 'Producers promise a schema to their consumers.', 'MUST', [
      'Every published dataset has a schema in the registry.',
      ['Every published dataset has a schema in the registry and an owner; breaking changes need a new major version.', 'Owners and major versions'],
    ]),
    t('PII in analytics', 'Keep personal data out of dashboards.', 'MUST', ['Hash user identifiers before they reach the warehouse. Drop free-text fields.']),
  ],
  Frontend: [
    t('Accessible components', 'WCAG 2.2 AA for every shared component.', 'MUST', [
      'Every shared component passes axe with no violations.',
      ['Every shared component passes axe with no violations and works with the keyboard alone.', 'Keyboard'],
    ]),
    t('Bundle budget', 'First page under 200 KB of compressed JavaScript.', 'SHOULD', ['Measure the first page\'s JavaScript in CI; fail the build above 200 KB compressed.']),
  ],
  Platform: [
    t('Service level objectives', 'Every service states what "working" means.', 'MUST', [
      'Each service has an availability SLO and an error budget.',
      ['Each service has an availability SLO, a latency SLO and an error budget policy.', 'Latency SLOs'],
    ]),
    t('On-call handover', 'Nobody starts a shift blind.', 'SHOULD', ['Hand over every shift in writing: open incidents, noisy alerts, risky deploys.']),
  ],
};

/** Payments Backend (the demo chapter lead's) also shows review and deprecation. */
const IN_REVIEW = t('Database migrations', 'Schema changes that never lock a busy table.', 'MUST', []);
const OLD_RETRIES = t('Retry with fixed delays', 'How clients retried, before backoff.', 'SHOULD', ['Retry a failed call three times, one second apart.']);
const NEW_RETRIES = t('Retry with exponential backoff', 'Retries that do not stampede a struggling service.', 'MUST', [
  'Retry with exponential backoff and full jitter, at most five attempts.',
]);

/**
 * The demo's standards, for the standards context's `seedStandards`, planned from the organisation
 * just committed (read through org's services, outside any transaction): each chapter publishes standards, some with several versions; squads
 * adopt some of them, some an older version (outdated), one is exempt until next week; Payments
 * Backend has one standard in review with comments and one deprecated and superseded.
 */
export async function planDemoStandards(org: DemoOrgReads, adminId: string): Promise<SeedStandard[]> {
  const tribes = await org.tribes.list();
  const tribeIds = tribes.map((tr) => tr.id);
  const [chapters, squads] = await Promise.all([org.chapters.byTribes(tribeIds), org.squads.byTribes(tribeIds)]);
  const [chapterMembers, squadMembers] = await Promise.all([org.chapters.memberRows(chapters.map((c) => c.id)), org.squads.memberRows(squads.map((s) => s.id))]);
  const now = Date.now();
  const plan: SeedStandard[] = [];
  let n = 0;
  for (const chapter of chapters) {
    const author = chapter.leadId ?? adminId;
    const tribeSquads = squads.filter((s) => s.tribeId === chapter.tribeId);
    const recorder = (squad: SquadEntity) => squadMembers.find((m) => m.squad_id === squad.id)?.user_id ?? author;
    const templates = LIBRARY[chapter.discipline] ?? LIBRARY.Backend;
    const used = templates.filter((tpl) => !plan.some((p) => p.title === tpl.title));
    const own = used.length ? used : templates.map((tpl) => ({ ...tpl, title: `${tpl.title} in ${chapter.name}` }));
    for (const [i, tpl] of own.entries()) {
      const started = now - (120 - 10 * i) * DAY;
      const versions = tpl.versions.map((v, k) => ({ body: `# ${tpl.title}\n\n${v.body}\n`, changeNote: v.changeNote ?? (k ? null : 'First version'), publishedAt: new Date(started + k * 30 * DAY) }));
      plan.push({
        chapterId: chapter.id,
        authorId: author,
        title: tpl.title,
        summary: tpl.summary,
        level: tpl.level,
        adoptBy: new Date(now + (i === 0 ? -7 : 30 + 15 * i) * DAY),
        versions,
        adoptions: tribeSquads.flatMap((squad, s) => adoption(n + i + s, versions.length, squad, recorder(squad), now)),
      });
    }
    n += own.length;
    if (chapter.name === 'Payments Backend') plan.push(...reviewAndDeprecation(chapter, author, chapterMembers, adminId, now));
  }
  return plan;
}

/** Squad `k`'s record: a round of ADOPTED (the current version, or the first when there are several: outdated), IN_PROGRESS, nothing, EXEMPT (lapsing in 6 days). */
function adoption(k: number, versionCount: number, squad: SquadEntity, byId: string, now: number): NonNullable<SeedStandard['adoptions']> {
  const at = new Date(now - (k % 9) * DAY);
  const status: (AdoptionStatusName | null)[] = ['ADOPTED', 'IN_PROGRESS', null, 'ADOPTED', 'EXEMPT', null];
  const pick = status[k % status.length];
  if (!pick) return [];
  if (pick === 'EXEMPT') return [{ squadId: squad.id, status: pick, note: `${squad.name} is being retired this quarter.`, exemptUntil: new Date(now + 6 * DAY), byId, at }];
  const version = pick === 'ADOPTED' && k % status.length === 3 && versionCount > 1 ? 1 : versionCount;
  return [{ squadId: squad.id, status: pick, version, byId, at }];
}

function reviewAndDeprecation(chapter: ChapterEntity, author: string, members: { chapter_id: string; user_id: string }[], adminId: string, now: number): SeedStandard[] {
  const reviewers = members.filter((m) => m.chapter_id === chapter.id && m.user_id !== author).map((m) => m.user_id);
  const reviewer = (i: number) => reviewers[i % Math.max(reviewers.length, 1)] ?? adminId;
  const base = { chapterId: chapter.id, authorId: author };
  return [
    {
      ...base,
      title: IN_REVIEW.title,
      summary: IN_REVIEW.summary,
      level: IN_REVIEW.level,
      versions: [],
      draftBody: '# Database migrations\n\nAdd columns as nullable, backfill in batches, then add constraints `NOT VALID` and validate separately.\n',
      status: 'IN_REVIEW',
      reviewComments: [
        { authorId: reviewer(0), body: 'Should we say how large a backfill batch may be? We use 5,000 rows.', at: new Date(now - 2 * DAY) },
        { authorId: reviewer(1), body: 'Please add a line on index creation: always `CONCURRENTLY`.', at: new Date(now - DAY) },
      ],
    },
    { ...base, title: NEW_RETRIES.title, summary: NEW_RETRIES.summary, level: NEW_RETRIES.level, versions: [{ body: `# ${NEW_RETRIES.title}\n\n${NEW_RETRIES.versions[0].body}\n`, changeNote: 'Replaces fixed delays', publishedAt: new Date(now - 20 * DAY) }] },
    {
      ...base,
      title: OLD_RETRIES.title,
      summary: OLD_RETRIES.summary,
      level: OLD_RETRIES.level,
      versions: [{ body: `# ${OLD_RETRIES.title}\n\n${OLD_RETRIES.versions[0].body}\n`, changeNote: 'First version', publishedAt: new Date(now - 400 * DAY) }],
      status: 'DEPRECATED',
      deprecation: { reason: 'Fixed delays stampede a recovering service; use exponential backoff.', supersededByTitle: NEW_RETRIES.title },
    },
  ];
}

function t(title: string, summary: string, level: StandardLevelName, versions: (string | [string, string])[]): Template {
  return { title, summary, level, versions: versions.map((v) => (typeof v === 'string' ? { body: v } : { body: v[0], changeNote: v[1] })) };
}
