import { vacantTrioSeats } from '../tribe/trio-rules';
import { OrgWarning, OrgWarningKind } from './org-warning.model';

export const SQUAD_MAX_MEMBERS = 12;
export const SQUAD_MIN_MEMBERS = 3;
export const TRIBE_MAX_PEOPLE = 150;

/** What the rules look at: counts and seats, read in a few aggregate queries. */
export interface OrgSnapshot {
  tribes: { id: string; name: string; memberCount: number; tribeLeadId: string | null; productLeadId: string | null; designLeadId: string | null }[];
  squads: { id: string; name: string; tribeName: string; memberCount: number; productOwnerId: string | null }[];
  chapters: { id: string; name: string; tribeName: string; leadId: string | null }[];
  guilds: { id: string; name: string; memberCount: number; coordinatorCount: number }[];
}

/** Every drift from the model, tribes first, each with a message saying what to do about it. */
export function orgWarnings(org: OrgSnapshot): OrgWarning[] {
  const out: OrgWarning[] = [];
  const add = (kind: OrgWarningKind, subject: { id: string; name: string }, message: string) =>
    out.push({ kind, subjectId: subject.id, subjectName: subject.name, message });

  for (const t of org.tribes) {
    if (t.memberCount > TRIBE_MAX_PEOPLE) {
      add(
        OrgWarningKind.TRIBE_OVER_DUNBAR,
        t,
        `Tribe ${t.name} has ${t.memberCount} people, over Dunbar's number (${TRIBE_MAX_PEOPLE}). Consider splitting it into two tribes.`,
      );
    }
    const missing = vacantTrioSeats(t);
    if (missing.length) {
      add(OrgWarningKind.TRIO_INCOMPLETE, t, `Tribe ${t.name}'s trio has no ${joinWords(missing)}. Fill the seat${missing.length > 1 ? 's' : ''} with setTrio.`);
    }
  }
  for (const s of org.squads) {
    if (s.memberCount > SQUAD_MAX_MEMBERS) {
      add(
        OrgWarningKind.SQUAD_TOO_LARGE,
        s,
        `Squad ${s.name} (tribe ${s.tribeName}) has ${s.memberCount} members, more than ${SQUAD_MAX_MEMBERS}. Consider splitting it.`,
      );
    } else if (s.memberCount < SQUAD_MIN_MEMBERS) {
      add(
        OrgWarningKind.SQUAD_TOO_SMALL,
        s,
        `Squad ${s.name} (tribe ${s.tribeName}) has ${s.memberCount} member${s.memberCount === 1 ? '' : 's'}, fewer than ${SQUAD_MIN_MEMBERS}. Add people or merge it with another squad.`,
      );
    }
    if (!s.productOwnerId) {
      add(OrgWarningKind.SQUAD_WITHOUT_PRODUCT_OWNER, s, `Squad ${s.name} (tribe ${s.tribeName}) has no product owner. Choose one with updateSquad.`);
    }
  }
  for (const c of org.chapters) {
    if (!c.leadId) add(OrgWarningKind.CHAPTER_WITHOUT_LEAD, c, `Chapter ${c.name} (tribe ${c.tribeName}) has no lead. Choose one with setChapterLead.`);
  }
  for (const g of org.guilds) {
    if (g.coordinatorCount === 0) {
      add(
        OrgWarningKind.GUILD_WITHOUT_COORDINATOR,
        g,
        g.memberCount
          ? `Guild ${g.name} has no coordinator. Any of its ${g.memberCount} member${g.memberCount === 1 ? '' : 's'} can volunteer.`
          : `Guild ${g.name} has no members and no coordinator. Join it and volunteer, or let it go.`,
      );
    }
  }
  return out;
}

function joinWords(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
