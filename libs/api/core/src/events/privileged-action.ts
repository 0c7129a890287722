import type { EntityManager } from 'typeorm';
import type { Viewer } from '../graphql/request-context';

/** What a privileged action touched: a type, its id (null for the organisation as a whole) and a readable label. */
export interface AuditSubject {
  type: string;
  id: string | null;
  label: string;
}

/** Values of the fields an action changed; never secrets (passwords, token hashes) nor emails. */
export type AuditValues = Record<string, unknown> | null;

/**
 * A privileged action (role, structure, import, invitation, moderation) has just been taken in
 * `tx`. Publish it before the transaction commits: the audit log writes its entry with the same
 * EntityManager, so the entry and the action commit together or not at all.
 */
export class PrivilegedActionTaken {
  constructor(
    readonly tx: EntityManager,
    readonly actor: Viewer,
    /** Dotted, past tense: `user.role.changed`, `squad.member.moved`, `post.locked`. */
    readonly action: string,
    readonly subject: AuditSubject,
    readonly before: AuditValues = null,
    readonly after: AuditValues = null,
  ) {}
}

/** The fields of `patch` whose value differs from `current`, as [before, after]; null when nothing would change. */
export function changedFields<T extends object>(current: T, patch: Partial<T>): [AuditValues, AuditValues] | null {
  const keys = (Object.keys(patch) as (keyof T & string)[]).filter((k) => patch[k] !== undefined && patch[k] !== current[k]);
  if (!keys.length) return null;
  return [Object.fromEntries(keys.map((k) => [k, current[k] ?? null])), Object.fromEntries(keys.map((k) => [k, patch[k] ?? null]))];
}
