import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Organization } from '../organization/organization.entity.js';

export enum Role {
  MEMBER = 'MEMBER',
  BUREAU = 'BUREAU',
  EXPERT = 'EXPERT',
}

export enum MembershipStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
}

registerEnumType(Role, { name: 'Role', description: '角色：组织成员、科技局、专家' });
registerEnumType(MembershipStatus, { name: 'MembershipStatus', description: '组织成员资格：待审核、已批准' });

@ObjectType({ description: '用户' })
@Entity({ tableName: 'app_user' })
export class User {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string', length: 254, unique: true })
  email!: string;

  @Property({ type: 'string', length: 255, hidden: true })
  passwordHash!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 50 })
  displayName!: string;

  @Field(() => Role)
  @Enum({ items: () => Role, nativeEnumName: 'user_role' })
  role!: Role;

  @Field(() => Organization, { nullable: true })
  @ManyToOne(() => Organization, { nullable: true })
  organization?: Organization | null;

  @Field(() => MembershipStatus, { nullable: true })
  @Enum({ items: () => MembershipStatus, nullable: true, nativeEnumName: 'membership_status' })
  membership?: MembershipStatus | null;

  @Property({ type: 'boolean', default: false })
  disabled: Opt<boolean> = false;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
