import { Field, ID, ObjectType } from '@nestjs/graphql';

/** What every group of the organisation (tribe, squad, chapter, guild) shows first: its id, URL slug and name. */
@ObjectType({ isAbstract: true })
export abstract class OrgGroup {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;
}
