import { EntityManager } from 'typeorm';
import { seedPost } from '@guildhall/api-knowledge';
import type { GuildRepository } from '@guildhall/api-org';

/**
 * Demo content for the knowledge context: posts, answered questions, announcements, comments
 * and upvotes in the guilds that already exist. Call it inside the demo seeding transaction,
 * after guilds and their memberships are created. It asks org who is a member and who
 * coordinates, so it fits whatever guilds the org demo creates; guilds without members get no
 * posts. Knowledge writes the content (seedPost).
 */
export async function seedDemoKnowledge(tx: EntityManager, guildRepository: GuildRepository): Promise<{ posts: number; comments: number }> {
  const guilds = await guildRepository.rosters(tx);
  let posts = 0;
  let comments = 0;
  let minutesAgo = 60 * 24 * 20;
  for (const [gi, guild] of guilds.entries()) {
    const people = guild.members;
    const pick = (i: number) => people[i % people.length];
    const templates = [DEMO_POSTS[gi % DEMO_POSTS.length], DEMO_POSTS[(gi + 3) % DEMO_POSTS.length]];
    if (guild.coordinators.length) templates.push(announcement(guild.name));
    for (const [ti, t] of templates.entries()) {
      const author = t.kind === 'ANNOUNCEMENT' ? guild.coordinators[0] : pick(gi + ti);
      minutesAgo -= 97 + ((gi * 31 + ti * 17) % 300);
      const written = await seedPost(tx, {
        guildId: guild.id,
        authorId: author,
        kind: t.kind,
        title: t.title,
        body: t.body,
        tags: t.tags,
        pinned: t.kind === 'ANNOUNCEMENT',
        minutesAgo,
        comments: t.comments.map((c, ci) => ({ authorId: people.length > 1 ? pick(gi + ti + ci + 1) : author, body: c.body, reply: c.reply, minutesAgo: minutesAgo - 20 * (ci + 1) })),
        answered: !!t.answered,
        voterIds: people.slice(0, 1 + ((gi + ti) % people.length)),
      });
      posts++;
      comments += written.comments;
    }
  }
  return { posts, comments };
}

interface DemoPost {
  kind: 'ARTICLE' | 'QUESTION' | 'ANNOUNCEMENT';
  title: string;
  body: string;
  tags: string[];
  answered?: boolean;
  comments: { body: string; reply?: boolean }[];
}

function announcement(guildName: string): DemoPost {
  return {
    kind: 'ANNOUNCEMENT',
    title: `${guildName}: monthly meetup moves to Thursdays`,
    body: `From next month the ${guildName} meetup is on the **first Thursday**, 15:00–16:00.\n\n- Lightning talks welcome: add yours to the agenda doc\n- Recordings are shared in the guild channel\n\nSee you there!`,
    tags: ['meetup', 'announcement'],
    comments: [{ body: 'Thursdays work much better for our squad, thanks!' }],
  };
}

const DEMO_POSTS: DemoPost[] = [
  {
    kind: 'QUESTION',
    title: 'How do chapters and guilds differ in practice?',
    body: 'New here. I understand squads and tribes, but when should something be a **chapter** standard and when is it just guild knowledge-sharing?',
    tags: ['spotify-model', 'chapters', 'guilds'],
    answered: true,
    comments: [
      { body: 'A chapter is your line-management home inside the tribe and owns practice standards. A guild is voluntary and org-wide: it shares knowledge but does not mandate anything.' },
      { body: 'So a guild can propose, and a chapter decides for its tribe?', reply: true },
      { body: 'Exactly. Guild posts often become chapter standards after a review.', reply: true },
    ],
  },
  {
    kind: 'ARTICLE',
    title: 'What we learned running blameless postmortems for a year',
    body: '## Summary\n\nWe ran 23 postmortems. Three things mattered most:\n\n1. Write the timeline **before** the meeting\n2. Ask "how did it make sense at the time?"\n3. Track follow-up actions like any other backlog item\n\n```text\nmean time to follow-up: 41 days -> 9 days\n```',
    tags: ['incidents', 'postmortem', 'reliability'],
    comments: [{ body: 'The timeline-first rule is gold. We adopted it last quarter.' }, { body: 'Do you publish them org-wide or per tribe?' }],
  },
  {
    kind: 'QUESTION',
    title: 'Feature flags: who cleans them up?',
    body: 'Our codebase has 140 feature flags and nobody knows which are still needed. How do other squads handle flag hygiene?',
    tags: ['feature-flags', 'tech-debt'],
    answered: true,
    comments: [
      { body: 'Every flag gets an owner and an expiry date at creation; a weekly job opens a ticket for expired ones.' },
      { body: 'We cap flags per squad at 10. Creating the 11th means removing one.' },
    ],
  },
  {
    kind: 'ARTICLE',
    title: 'Trunk-based development in a squad of eight',
    body: 'We moved from long-lived branches to trunk-based development. Short-lived branches (< 1 day), pairing on risky changes, and **feature flags** for unfinished work. Deploys went from weekly to 12 per day.',
    tags: ['ci', 'trunk-based', 'delivery'],
    comments: [{ body: 'How did you handle database migrations?' }, { body: 'Expand/contract, always backwards compatible for one release.', reply: true }],
  },
  {
    kind: 'QUESTION',
    title: 'Is anyone using contract tests between squads?',
    body: 'We depend on three other squads\' APIs and break each other weekly. Are consumer-driven contract tests worth it?',
    tags: ['testing', 'contracts', 'api'],
    answered: false,
    comments: [{ body: 'Yes, Pact has saved us many times. Start with the most fragile interface.' }],
  },
  {
    kind: 'ARTICLE',
    title: 'Accessibility checklist for every pull request',
    body: '- Every control has an accessible name\n- Focus order follows reading order\n- Colour is never the only signal\n- Works at 320 px width\n\nWe added it to our PR template and caught 30 issues in a month.',
    tags: ['accessibility', 'checklist'],
    comments: [{ body: 'Adding this to our template today.' }],
  },
];
