import { addComment, createGuild, createPost, joinGuild, PostInput, TestGuild, volunteer } from './knowledge';
import { addSquadMember, createChapter, createSquad, createTribe, ORG, setTribeLead } from './org';
import { Person, PersonDetails, signUp, signUpAdmin } from './people';
import { TestApi } from './test-api';

export interface TribeFixture {
  tribe: { id: string; slug: string };
  lead: Person;
  squads: { id: string; slug: string }[];
  chapters: { id: string; slug: string }[];
}

export interface GuildFixture {
  guild: TestGuild;
  coordinator: Person;
  members: Person[];
  posts: { id: string; [k: string]: any }[];
}

/**
 * People in each role and the org around them, on one TestApi. The admin is made explicitly
 * (promoted by SQL unless the server already made them one), and everyone else is made a plain
 * member, so no spec depends on who signed up first.
 */
export class Fixtures {
  private constructor(
    readonly api: TestApi,
    readonly admin: Person,
  ) {}

  static async start(api: TestApi, admin: PersonDetails = {}): Promise<Fixtures> {
    return new Fixtures(api, await signUpAdmin(api, admin));
  }

  /** A member who has not been given any role. */
  async member(details: PersonDetails = {}): Promise<Person> {
    const person = await signUp(this.api, details);
    // Had nobody signed up before, the server made them admin; a member is a member.
    if (person.role !== 'MEMBER') await this.api.sql(`UPDATE users SET role = 'MEMBER' WHERE id = $1`, [person.id]);
    return { ...person, role: 'MEMBER' };
  }

  /** A member of nothing: no squad, chapter or guild. */
  outsider(details: PersonDetails = {}): Promise<Person> {
    return this.member(details);
  }

  async members(count: number): Promise<Person[]> {
    const people: Person[] = [];
    for (let i = 0; i < count; i++) people.push(await this.member());
    return people;
  }

  /** A member made tribe lead of the tribe by the admin. */
  async tribeLead(tribeId: string, details: PersonDetails = {}): Promise<Person> {
    const lead = await this.member(details);
    await setTribeLead(this.api, this.admin, tribeId, lead.id);
    return lead;
  }

  /** A member made lead of the chapter by the admin. */
  async chapterLead(chapterId: string, details: PersonDetails = {}): Promise<Person> {
    const lead = await this.member(details);
    await this.api.ok(ORG.setChapterLead, { chapterId, userId: lead.id }, { token: this.admin.token });
    return lead;
  }

  /** A member who joins the guild and volunteers as its coordinator. */
  async coordinatorOf(guildId: string, details: PersonDetails = {}): Promise<Person> {
    const coordinator = await this.member(details);
    await joinGuild(this.api, coordinator, guildId);
    await volunteer(this.api, coordinator, guildId);
    return coordinator;
  }

  /** A tribe (made by the admin) with a new tribe lead, and squads and chapters the lead made. */
  async tribe(
    name: string,
    options: { mission?: string; lead?: PersonDetails; squads?: string[]; chapters?: { name: string; discipline?: string }[] } = {},
  ): Promise<TribeFixture> {
    const tribe = await createTribe(this.api, this.admin, name, options.mission);
    const lead = await this.tribeLead(tribe.id, options.lead);
    const squads = [];
    for (const squad of options.squads ?? []) squads.push(await createSquad(this.api, lead, tribe.id, squad));
    const chapters = [];
    for (const c of options.chapters ?? []) chapters.push(await createChapter(this.api, lead, tribe.id, c.name, c.discipline));
    return { tribe, lead, squads, chapters };
  }

  /** Puts the person in the squad, as the admin. */
  async inSquad(squadId: string, person: Person): Promise<void> {
    await addSquadMember(this.api, this.admin, squadId, person.id);
  }

  /**
   * A guild created by its coordinator (a new member unless given), joined by the members,
   * with posts by its members (the coordinator when there are none).
   */
  async guild(
    options: { name?: string; coordinator?: Person; members?: Person[]; posts?: Omit<PostInput, 'guildId'>[] } = {},
  ): Promise<GuildFixture> {
    const coordinator = options.coordinator ?? (await this.member());
    const guild = await createGuild(this.api, coordinator, options.name);
    const members = options.members ?? [];
    for (const m of members) await joinGuild(this.api, m, guild.id);
    const authors = members.length ? members : [coordinator];
    const posts = [];
    for (const [i, post] of (options.posts ?? []).entries()) posts.push(await createPost(this.api, authors[i % authors.length], { ...post, guildId: guild.id }));
    return { guild, coordinator, members, posts };
  }

  /** A comment on the post. */
  comment(author: Person, postId: string, body?: string, parentId?: string) {
    return addComment(this.api, author, postId, body, parentId);
  }
}
