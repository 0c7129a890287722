import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum OrgWarningKind {
  SQUAD_TOO_LARGE = 'SQUAD_TOO_LARGE',
  SQUAD_TOO_SMALL = 'SQUAD_TOO_SMALL',
  SQUAD_WITHOUT_PRODUCT_OWNER = 'SQUAD_WITHOUT_PRODUCT_OWNER',
  TRIBE_OVER_DUNBAR = 'TRIBE_OVER_DUNBAR',
  TRIO_INCOMPLETE = 'TRIO_INCOMPLETE',
  CHAPTER_WITHOUT_LEAD = 'CHAPTER_WITHOUT_LEAD',
  GUILD_WITHOUT_COORDINATOR = 'GUILD_WITHOUT_COORDINATOR',
}
registerEnumType(OrgWarningKind, {
  name: 'OrgWarningKind',
  valuesMap: {
    SQUAD_TOO_LARGE: { description: 'More than 12 members.' },
    SQUAD_TOO_SMALL: { description: 'Fewer than 3 members.' },
    TRIBE_OVER_DUNBAR: { description: "More than 150 people (Dunbar's number)." },
  },
});

@ObjectType()
export class OrgWarning {
  @Field(() => OrgWarningKind)
  kind: OrgWarningKind;

  @Field()
  message: string;

  @Field(() => ID)
  subjectId: string;

  @Field()
  subjectName: string;
}
