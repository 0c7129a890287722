import { Field, ObjectType } from '@nestjs/graphql';
import { OrgGroup } from '../shared/org-group.model';

/** Source object: a ChapterEntity; relations are resolved by ChapterResolver. */
@ObjectType('Chapter')
export class Chapter extends OrgGroup {
  @Field({ description: 'The craft the chapter gathers, e.g. Backend, iOS, Data, Design.' })
  discipline: string;
}
