import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditValues, badInput, decodeCursor, DomainEvents, forbidden, isAdmin, isUuid, Page, pageSize, PrivilegedActionTaken, timestampKey, toPage, Viewer } from '@guildhall/api-core';
import { AuditEntry } from './audit-entry.model';
import { AuditLogArgs } from './dto/audit-log.args';

const FILTER_MAX_LENGTH = 100;
/** Never kept in the log, whatever a publisher passes: secrets, and emails (private data). */
const SECRET_KEY = /password|token|hash|secret|email/i;

const COLUMNS = `a.id, a.occurred_at, a.actor_id, a.actor_name, a.action, a.subject_type, a.subject_id, a.subject_label,
  a.before::text AS before, a.after::text AS after, ${timestampKey('a.occurred_at')} AS occurred_at_key`;

/** The audit log of privileged actions: written from other contexts' events, read by admins only. */
@Injectable()
export class AuditLogService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    events: DomainEvents,
  ) {
    events.subscribe(PrivilegedActionTaken, (event) => this.record(event));
  }

  /** Written with the action's own transaction, so the entry commits (or rolls back) with it. */
  async record(event: PrivilegedActionTaken): Promise<void> {
    const { tx, actor, action, subject } = event;
    await tx.query(
      `INSERT INTO audit_entries (actor_id, actor_name, action, subject_type, subject_id, subject_label, before, after)
       SELECT $1, coalesce((SELECT display_name FROM auth_people_directory WHERE id = $1), ''), $2, $3, $4, $5, $6::jsonb, $7::jsonb`,
      [actor.id, action, subject.type, subject.id, subject.label, toJson(event.before), toJson(event.after)],
    );
  }

  /** Admins only. Newest first, keyset on (occurred_at, id). */
  async list(viewer: Viewer, args: AuditLogArgs): Promise<Page<AuditEntry>> {
    if (!isAdmin(viewer)) throw forbidden('Only admins can read the audit log.');
    const size = pageSize(args.first);
    const after = decodeCursor<[string, string]>(args.after, ['timestamp', 'uuid']);
    const params: unknown[] = [];
    const filters: string[] = [];
    const filter = (column: string, value: string | null | undefined, field: string) => {
      if (value == null || value === '') return;
      if (value.length > FILTER_MAX_LENGTH || value.includes('\u0000')) throw badInput(`${field} must be at most ${FILTER_MAX_LENGTH} characters of text.`, field);
      params.push(value);
      filters.push(`${column} = $${params.length}`);
    };
    filter('a.action', args.action, 'action');
    filter('a.subject_type', args.subjectType, 'subjectType');
    filter('a.subject_id', args.subjectId, 'subjectId');
    if (args.actorId != null && !isUuid(args.actorId)) throw badInput('actorId must be the id of a person.', 'actorId');
    filter('a.actor_id', args.actorId, 'actorId');
    const where = filters.length ? `WHERE ${filters.join(' AND ')}` : '';
    const [{ count }] = await this.db.query(`SELECT count(*)::int AS count FROM audit_entries a ${where}`, params);
    const pageParams = [...params];
    let keyset = '';
    if (after) {
      pageParams.push(after[0], after[1]);
      keyset = `${where ? 'AND' : 'WHERE'} (a.occurred_at, a.id) < ($${pageParams.length - 1}::timestamptz, $${pageParams.length}::uuid)`;
    }
    pageParams.push(size + 1);
    const rows = await this.db.query(
      `SELECT ${COLUMNS} FROM audit_entries a ${where} ${keyset} ORDER BY a.occurred_at DESC, a.id DESC LIMIT $${pageParams.length}`,
      pageParams,
    );
    return toPage(rows.map(fromRow), size, count, (e) => [e.occurredAtKey, e.id]);
  }
}

function toJson(values: AuditValues): string | null {
  return values == null ? null : JSON.stringify(scrub(values));
}

function scrub(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrub);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).filter(([key]) => !SECRET_KEY.test(key)).map(([key, v]) => [key, scrub(v)]));
  }
  return value;
}

function fromRow(row: Record<string, any>): AuditEntry {
  return Object.assign(new AuditEntry(), {
    id: row.id,
    occurredAt: row.occurred_at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    subjectLabel: row.subject_label,
    before: row.before,
    after: row.after,
    occurredAtKey: row.occurred_at_key,
  });
}
