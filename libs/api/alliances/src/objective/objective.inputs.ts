import { Field, Float, InputType } from '@nestjs/graphql';
import { KEY_RESULT_VALUE_LIMIT } from '@guildhall/shared-domain';

@InputType({ description: `Numbers lie within ±${KEY_RESULT_VALUE_LIMIT.toLocaleString('en')}; baseline and target may be equal (progress is then 1 once current reaches the target).` })
export class KeyResultInput {
  @Field() title: string;
  @Field(() => String, { nullable: true, description: 'e.g. "%", "ms", "teams"; blank is none.' }) unit?: string | null;
  @Field(() => Float) baseline: number;
  @Field(() => Float, { description: 'Above the baseline for a rising key result, below it for a falling one.' }) target: number;
  @Field(() => Float, { nullable: true, description: 'The baseline when omitted.' }) current?: number | null;
}
