import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../user/user.entity.js';

/** An in-app message to one user. */
@ObjectType({ description: '站内通知' })
@Entity()
@Index({ properties: ['recipient', 'readAt', 'createdAt'] })
export class Notification {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User)
  recipient!: User;

  @Field(() => String, { description: '类别，如 MATCH_STAGE、MATCH_FOLLOW_UP、CONTRACT' })
  @Property({ type: 'string', length: 40 })
  kind!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;

  @Field(() => String, { nullable: true, description: '相关对象类型，如 Match、TechContract' })
  @Property({ type: 'string', length: 40, nullable: true })
  entityType?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  entityId?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
