import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, decodeCursor, isUuid, notFound, Page, pageSize, toPage, Viewer } from '@guildhall/api-core';
import type { SquadEntity } from '@guildhall/api-org';
import { StandardRepository } from '../standard/standard.repository';
import { StandardAccess } from '../standard/standard-access';
import { SetAdoptionInput } from '../standard/standard.inputs';
import { AdoptionChangeRecord, AdoptionRecord, AdoptionView } from './adoption.record';
import { AdoptionRepository } from './adoption.repository';
import { AdoptedStandard, checkAdoptionChoice, readAdoption } from './adoption-rules';

@Injectable()
export class AdoptionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly adoptions: AdoptionRepository,
    private readonly standards: StandardRepository,
    private readonly access: StandardAccess,
  ) {}

  ofStandards(standardIds: readonly string[]): Promise<AdoptionRecord[]> {
    return this.adoptions.ofStandards(standardIds);
  }

  /** One adoption per squad, read at `now`: NOT_STARTED where a squad recorded nothing. */
  static read(standard: AdoptedStandard, squads: readonly SquadEntity[], chapterLeadId: string | null, recorded: AdoptionRecord[], now: Date): AdoptionView[] {
    const bySquad = new Map(recorded.map((a) => [a.squadId, a]));
    return squads.map((squad) => AdoptionsService.readOf(standard, squad, chapterLeadId, bySquad.get(squad.id), now));
  }

  /** The squad's adoption as it reads at `now`, holding the squad (an adoption matrix's cells look nothing up). */
  private static readOf(standard: AdoptedStandard, squad: SquadEntity, chapterLeadId: string | null, stored: AdoptionRecord | undefined, now: Date): AdoptionView {
    const view = readAdoption(standard, squad, chapterLeadId, stored, now);
    view.squad = squad;
    return view;
  }

  /**
   * Members of that squad, its product owner, the chapter's lead or an admin. The squad must be
   * in the chapter's tribe; ADOPTED and IN_PROGRESS record the current version; EXEMPT needs a note.
   * The change is kept in history with what it replaced.
   */
  async set(viewer: Viewer, input: SetAdoptionInput): Promise<AdoptionView> {
    const now = new Date();
    const choice = checkAdoptionChoice(input, now);
    const standard = isUuid(input.standardId) ? await this.standards.findById(input.standardId) : null;
    if (!standard) throw notFound('That standard');
    const squad = isUuid(input.squadId) ? await this.access.squad(input.squadId) : null;
    if (!squad) throw badInput('That squad was not found.', 'squadId');
    const chapter = await this.access.chapter(standard.chapterId);
    if (squad.tribeId !== chapter.tribeId) {
      throw badInput(`Squad ${squad.name} is not in the tribe of chapter ${chapter.name}, so "${standard.title}" does not apply to it.`, 'squadId');
    }
    await this.access.assertCanRecordAdoption(viewer, chapter, squad);
    return this.db.transaction(async (tx) => {
      // Shared lock: a publish waits, so the version recorded is the one current when this commits.
      const locked = await this.standards.lock(tx, standard.id, 'SHARE');
      if (!locked) throw notFound('That standard');
      if (locked.status === 'DEPRECATED') throw badInput(`"${locked.title}" is deprecated; adoption is no longer recorded.`, 'standardId');
      if (locked.currentVersion === null) throw badInput(`"${locked.title}" is not published yet; there is nothing to adopt.`, 'standardId');
      const before = readAdoption(locked, squad, chapter.leadId, (await this.adoptions.lockOne(tx, locked.id, squad.id)) ?? undefined, now);
      const version = choice.status === 'ADOPTED' || choice.status === 'IN_PROGRESS' ? locked.currentVersion : null;
      const stored = await this.adoptions.record(
        tx,
        { standardId: locked.id, squadId: squad.id, status: choice.status, version, note: choice.note, exemptUntil: choice.exemptUntil, byId: viewer.id },
        { status: before.status, version: before.version },
      );
      return AdoptionsService.readOf(locked, squad, chapter.leadId, stored, now);
    });
  }

  /** Pages of adoption history for each owner (standard or squad), newest first; owners asking the same page share one query. */
  async historyPages(owner: 'standard' | 'squad', ownerIds: readonly string[], first: number | null | undefined, after: string | null | undefined) {
    const size = pageSize(first);
    const key = decodeCursor<[string, string]>(after, ['timestamp', 'uuid']);
    const rows = await this.adoptions.historyPages(owner, ownerIds, size + 1, key);
    return { size, rows };
  }

  static historyPage(rows: AdoptionChangeRecord[], size: number): Page<AdoptionChangeRecord, null> {
    return toPage(rows, size, null, (r) => r.orderKey);
  }
}
