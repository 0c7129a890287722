import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CreateTribeInput {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  mission?: string | null;
}

@InputType({ description: 'Omitted fields stay as they are. The slug stays stable when the name changes.' })
export class UpdateTribeInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  mission?: string | null;
}

@InputType({ description: 'An omitted seat stays as it is; an explicit null empties it.' })
export class SetTrioInput {
  @Field(() => ID)
  tribeId: string;

  @Field(() => ID, { nullable: true })
  tribeLeadId?: string | null;

  @Field(() => ID, { nullable: true })
  productLeadId?: string | null;

  @Field(() => ID, { nullable: true })
  designLeadId?: string | null;
}
