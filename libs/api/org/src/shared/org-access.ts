import { forbidden, isAdmin, Viewer } from '@guildhall/api-core';

export function assertAdmin(viewer: Viewer, action: string): void {
  if (!isAdmin(viewer)) throw forbidden(`Only admins can ${action}.`);
}

/** Admins shape everything; a tribe's lead (the trio's tribe lead) manages inside their tribe. */
export function canManageTribe(viewer: Viewer, tribe: { tribeLeadId: string | null }): boolean {
  return isAdmin(viewer) || (!!tribe.tribeLeadId && tribe.tribeLeadId === viewer.id);
}

export function assertCanManageTribe(viewer: Viewer, tribe: { name: string; tribeLeadId: string | null }, action: string): void {
  if (!canManageTribe(viewer, tribe)) {
    throw forbidden(`Only admins and the tribe lead of ${tribe.name} can ${action}.`);
  }
}
