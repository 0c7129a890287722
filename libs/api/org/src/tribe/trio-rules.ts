/** A tribe's leadership trio, by the user ids in its seats. */
export interface TrioSeats {
  tribeLeadId: string | null;
  productLeadId: string | null;
  designLeadId: string | null;
}

const SEAT_NAMES: [keyof TrioSeats, string][] = [
  ['tribeLeadId', 'tribe lead'],
  ['productLeadId', 'product lead'],
  ['designLeadId', 'design lead'],
];

/** The seats nobody fills, named as people say them, in trio order. */
export function vacantTrioSeats(trio: TrioSeats): string[] {
  return SEAT_NAMES.filter(([seat]) => !trio[seat]).map(([, name]) => name);
}

/** The people in the trio's filled seats, in trio order. */
export function trioMemberIds(trio: TrioSeats): string[] {
  return SEAT_NAMES.map(([seat]) => trio[seat]).filter((id): id is string => !!id);
}

/** Whether the person sits in one of the trio's seats (the tribe lead, product lead or design lead). */
export function sitsInTrio(userId: string, trio: TrioSeats | null | undefined): boolean {
  return !!trio && trioMemberIds(trio).includes(userId);
}

/** A trio is complete when all three seats are filled. */
export function isTrioComplete(trio: TrioSeats): boolean {
  return vacantTrioSeats(trio).length === 0;
}
