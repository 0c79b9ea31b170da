import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, InputType, Int } from 'type-graphql';
import { ContactInput } from '../listing/listing.inputs.js';
import { IndustryChain, TransferMode } from '../listing/listing.enums.js';

@InputType({ description: '需求内容（新建与修改）' })
export class DemandInput extends ContactInput {
  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => [String])
  keywords!: string[];

  @Field(() => IndustryChain)
  industryChain!: IndustryChain;

  @Field(() => Int, { nullable: true })
  minTrl?: number | null;

  @Field(() => Float, { nullable: true })
  budgetWan?: number | null;

  @Field(() => [TransferMode])
  cooperationModes!: TransferMode[];

  @Field(() => LocalDateResolver, { nullable: true })
  deadline?: string | null;
}

@InputType()
export class DemandImportInput {
  @Field(() => String)
  externalId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => [String])
  keywords!: string[];

  @Field(() => IndustryChain)
  industryChain!: IndustryChain;

  @Field(() => Int, { nullable: true })
  minTrl?: number | null;

  @Field(() => Float, { nullable: true })
  budgetWan?: number | null;

  @Field(() => [TransferMode])
  cooperationModes!: TransferMode[];

  @Field(() => String)
  enterprise!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  deadline?: string | null;
}
