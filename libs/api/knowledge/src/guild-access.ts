import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { forbidden, isAdmin, Viewer } from '@guildhall/api-core';

export interface GuildRole {
  isMember: boolean;
  isCoordinator: boolean;
}

/** The viewer's standing in a guild, read from the org context's membership table. */
@Injectable()
export class GuildAccess {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async role(guildId: string, userId: string, tx: EntityManager = this.db.manager): Promise<GuildRole> {
    const rows = await tx.query(`SELECT is_coordinator FROM guild_memberships WHERE guild_id = $1 AND user_id = $2`, [guildId, userId]);
    return { isMember: rows.length > 0, isCoordinator: rows[0]?.is_coordinator === true };
  }
}

/** Moderation (pin, lock, delete others' content): the guild's coordinators and admins. */
export function assertModerator(viewer: Viewer, role: GuildRole, action: string) {
  if (!isAdmin(viewer) && !role.isCoordinator) throw forbidden(`Only the guild's coordinators and admins can ${action}.`);
}
