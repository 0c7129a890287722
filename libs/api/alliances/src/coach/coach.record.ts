/** A person on call as a coach: a tension can ask for one, and a review can name one its facilitator. */
export class CoachRecord {
  userId: string;
  note: string | null;
  since: Date;
}
