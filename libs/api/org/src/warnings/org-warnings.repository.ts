import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OrgSnapshot } from './org-warning-rules';

/** The read model the warnings rules look at: the whole structure in four aggregate queries, whatever its size. */
@Injectable()
export class OrgWarningsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async snapshot(): Promise<OrgSnapshot> {
    const [tribes, squads, chapters, guilds] = [
      await this.db.query(
        `SELECT t.id, t.name, t.tribe_lead_id, t.product_lead_id, t.design_lead_id,
                (SELECT count(DISTINCT m.user_id) FROM squads s JOIN squad_memberships m ON m.squad_id = s.id WHERE s.tribe_id = t.id) AS n
           FROM tribes t ORDER BY lower(t.name), t.id`,
      ),
      await this.db.query(
        `SELECT s.id, s.name, t.name AS tribe_name, s.product_owner_id,
                (SELECT count(*) FROM squad_memberships m WHERE m.squad_id = s.id) AS n
           FROM squads s JOIN tribes t ON t.id = s.tribe_id ORDER BY lower(t.name), lower(s.name), s.id`,
      ),
      await this.db.query(
        `SELECT c.id, c.name, t.name AS tribe_name, c.lead_id FROM chapters c JOIN tribes t ON t.id = c.tribe_id
          ORDER BY lower(t.name), lower(c.name), c.id`,
      ),
      await this.db.query(
        `SELECT g.id, g.name, count(m.user_id) AS n, count(m.user_id) FILTER (WHERE m.is_coordinator) AS coordinators
           FROM guilds g LEFT JOIN guild_memberships m ON m.guild_id = g.id GROUP BY g.id ORDER BY lower(g.name), g.id`,
      ),
    ];
    return {
      tribes: tribes.map((r: any) => ({
        id: r.id,
        name: r.name,
        memberCount: Number(r.n),
        tribeLeadId: r.tribe_lead_id,
        productLeadId: r.product_lead_id,
        designLeadId: r.design_lead_id,
      })),
      squads: squads.map((r: any) => ({ id: r.id, name: r.name, tribeName: r.tribe_name, memberCount: Number(r.n), productOwnerId: r.product_owner_id })),
      chapters: chapters.map((r: any) => ({ id: r.id, name: r.name, tribeName: r.tribe_name, leadId: r.lead_id })),
      guilds: guilds.map((r: any) => ({ id: r.id, name: r.name, memberCount: Number(r.n), coordinatorCount: Number(r.coordinators) })),
    };
  }
}
