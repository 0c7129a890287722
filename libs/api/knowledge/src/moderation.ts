import { forbidden, isAdmin, Viewer } from '@guildhall/api-core';
import type { GuildMembership } from '@guildhall/api-org';

/** Moderation (pin, lock, delete others' content): the guild's coordinators and admins. */
export function assertModerator(viewer: Viewer, role: GuildMembership, action: string) {
  if (!isAdmin(viewer) && !role.isCoordinator) throw forbidden(`Only the guild's coordinators and admins can ${action}.`);
}
