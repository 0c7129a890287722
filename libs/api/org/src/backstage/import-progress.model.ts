import { Field, Int, ObjectType } from '@nestjs/graphql';

/** The steps of an import, in order, as importProgress names them (the phase field's description lists them too). */
export const ImportPhase = {
  reading: 'Reading the file',
  waiting: 'Waiting for another import',
  people: 'People',
  groups: 'Groups',
  memberships: 'Memberships',
  saving: 'Saving',
  finished: 'Finished',
  failed: 'Failed',
} as const;

/** Told how far an import has got, as often as it likes (once per item is fine). */
export type ReportProgress = (phase: string, done: number, total: number) => void;

@ObjectType({ description: 'How far a running importOrg has got: the step it is on and how much of that step is done.' })
export class ImportProgress {
  @Field({
    description:
      'The step, in words for people, in this order: "Reading the file", "Waiting for another import" (only while another import runs), "People", "Groups", "Memberships", "Saving" (not in a dry run), then "Finished" or "Failed".',
  })
  phase: string;

  @Field(() => Int, {
    description: 'How much of this step is done: characters while reading the file, then people, groups and memberships; once finished, the entities imported.',
  })
  done: number;

  @Field(() => Int, { description: 'How much this step has in all, counted like done; 0 when it has nothing to do.' })
  total: number;

  @Field({ description: 'True once the import has returned (phase "Finished" or "Failed"); nothing changes after that.' })
  finished: boolean;
}
