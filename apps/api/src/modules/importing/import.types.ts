import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class ImportedItem {
  @Field(() => String)
  externalId!: string;

  @Field(() => ID)
  id!: string;
}

@ObjectType()
export class ImportError {
  @Field(() => Int)
  index!: number;

  @Field(() => String, { nullable: true })
  externalId!: string | null;

  @Field(() => String)
  message!: string;
}

@ObjectType()
export class ImportResult {
  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => [ImportedItem])
  items!: ImportedItem[];

  @Field(() => [ImportError])
  errors!: ImportError[];
}
