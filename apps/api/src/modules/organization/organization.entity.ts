import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum OrganizationKind {
  ENTERPRISE = 'ENTERPRISE',
  UNIVERSITY = 'UNIVERSITY',
  INSTITUTE = 'INSTITUTE',
  BUREAU = 'BUREAU',
  SERVICE_AGENCY = 'SERVICE_AGENCY',
}

/** The kinds a person may register for; the others are created by the bureau. */
export enum RegistrableOrganizationKind {
  ENTERPRISE = 'ENTERPRISE',
  UNIVERSITY = 'UNIVERSITY',
  INSTITUTE = 'INSTITUTE',
}

registerEnumType(OrganizationKind, { name: 'OrganizationKind', description: '组织类型' });
registerEnumType(RegistrableOrganizationKind, {
  name: 'RegistrableOrganizationKind',
  description:
    'Kinds a person may register for. The project may have more organisation kinds (the bureau, agencies).',
});

@ObjectType({ description: '组织：企业、高校、院所、科技局或服务机构' })
@Entity()
export class Organization {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => OrganizationKind)
  @Enum({ items: () => OrganizationKind, nativeEnumName: 'organization_kind' })
  kind!: OrganizationKind;

  @Field(() => String)
  @Property({ type: 'string', length: 100, unique: true })
  name!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100, default: '' })
  region: Opt<string> = '';

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  verified: Opt<boolean> = false;

  @Field(() => Boolean, { description: '高新技术企业' })
  @Property({ type: 'boolean', default: false })
  highTech: Opt<boolean> = false;

  @Field(() => Boolean, { description: '专精特新' })
  @Property({ type: 'boolean', default: false })
  specialized: Opt<boolean> = false;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}

export const LISTING_KIND_BY_ORGANIZATION: Record<OrganizationKind, 'achievement' | 'demand' | null> = {
  [OrganizationKind.ENTERPRISE]: 'demand',
  [OrganizationKind.UNIVERSITY]: 'achievement',
  [OrganizationKind.INSTITUTE]: 'achievement',
  [OrganizationKind.BUREAU]: null,
  [OrganizationKind.SERVICE_AGENCY]: null,
};
