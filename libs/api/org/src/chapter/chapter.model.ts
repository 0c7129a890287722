import { Field, ID, ObjectType } from '@nestjs/graphql';

/** Source object: a ChapterEntity; relations are resolved by ChapterResolver. */
@ObjectType('Chapter')
export class Chapter {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field({ description: 'The craft the chapter gathers, e.g. Backend, iOS, Data, Design.' })
  discipline: string;
}
