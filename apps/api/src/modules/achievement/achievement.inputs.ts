import { Field, Float, InputType, Int } from 'type-graphql';
import { ContactInput } from '../listing/listing.inputs.js';
import { IndustryChain, IpType, TransferMode } from '../listing/listing.enums.js';

@InputType({ description: '成果内容（新建与修改）' })
export class AchievementInput extends ContactInput {
  @Field(() => String)
  title!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => [String])
  keywords!: string[];

  @Field(() => IndustryChain)
  industryChain!: IndustryChain;

  @Field(() => Int, { nullable: true })
  trl?: number | null;

  @Field(() => IpType)
  ipType!: IpType;

  @Field(() => [TransferMode])
  transferModes!: TransferMode[];

  @Field(() => Float, { nullable: true })
  askingPriceWan?: number | null;

  @Field(() => String, { nullable: true })
  team?: string | null;
}

@InputType()
export class AchievementImportInput {
  @Field(() => String)
  externalId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => [String])
  keywords!: string[];

  @Field(() => IndustryChain)
  industryChain!: IndustryChain;

  @Field(() => Int, { nullable: true })
  trl?: number | null;

  @Field(() => IpType)
  ipType!: IpType;

  @Field(() => [TransferMode])
  transferModes!: TransferMode[];

  @Field(() => Float, { nullable: true })
  askingPriceWan?: number | null;

  @Field(() => String)
  institution!: string;

  @Field(() => String, { nullable: true })
  team?: string | null;
}
