import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class ImportReport {
  @Field()
  dryRun: boolean;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => [String], { description: 'One line per entity that could not be imported, with the reason; nothing else is lost.' })
  errors: string[];
}
