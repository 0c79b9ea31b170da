import { Field, ID, InputType } from 'type-graphql';
import { RegistrableOrganizationKind } from '../organization/organization.entity.js';
import { Role } from './user.entity.js';

@InputType()
export class RegisterInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  organizationName!: string;

  @Field(() => RegistrableOrganizationKind)
  organizationKind!: RegistrableOrganizationKind;
}

@InputType({ description: '科技局创建的工作人员或专家账号' })
export class CreateAccountInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => Role, { description: 'BUREAU 或 EXPERT' })
  role!: Role;

  @Field(() => ID, { nullable: true, description: '专家所属组织（用于回避规则）' })
  organizationId?: string | null;
}
