import { Migration } from '@mikro-orm/migrations';

export class Migration20261128083400 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "organization_kind" as enum ('ENTERPRISE', 'UNIVERSITY', 'INSTITUTE', 'BUREAU', 'SERVICE_AGENCY');`,
    );
    this.addSql(
      `create type "industry_chain" as enum ('CAMELLIA_OIL', 'CHINESE_MEDICINE', 'MODERN_AGRICULTURE', 'PREFAB_BUILDING', 'NEW_DISPLAY', 'ELECTRONIC_MATERIALS', 'NEW_ENERGY', 'ADVANCED_MANUFACTURING', 'HEALTHCARE', 'CULTURE_TOURISM_TECH', 'DIGITAL_ECONOMY', 'ECOLOGY_ENVIRONMENT', 'OTHER');`,
    );
    this.addSql(
      `create type "listing_status" as enum ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'CLOSED');`,
    );
    this.addSql(`create type "close_reason" as enum ('TRANSFERRED', 'SOLVED', 'WITHDRAWN', 'EXPIRED');`);
    this.addSql(
      `create type "ip_type" as enum ('INVENTION_PATENT', 'UTILITY_MODEL', 'SOFTWARE_COPYRIGHT', 'PLANT_VARIETY', 'KNOW_HOW', 'NONE');`,
    );
    this.addSql(`create type "user_role" as enum ('MEMBER', 'BUREAU', 'EXPERT');`);
    this.addSql(`create type "membership_status" as enum ('PENDING', 'APPROVED');`);
    this.addSql(
      `create table "audit_event" ("id" bigserial primary key, "actor_id" uuid null, "entity_type" varchar(40) not null, "entity_id" varchar(64) not null, "action" varchar(40) not null, "before" jsonb null, "after" jsonb null, "at" timestamptz not null default now());`,
    );
    this.addSql(
      `create index "audit_event_entity_type_entity_id_index" on "audit_event" ("entity_type", "entity_id");`,
    );

    this.addSql(
      `create table "organization" ("id" uuid not null, "kind" "organization_kind" not null, "name" varchar(100) not null, "region" varchar(100) not null default '', "verified" boolean not null default false, "high_tech" boolean not null default false, "specialized" boolean not null default false, "created_at" timestamptz not null default now(), constraint "organization_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "organization" add constraint "organization_name_unique" unique ("name");`);

    this.addSql(
      `create table "demand" ("id" uuid not null, "external_id" varchar(100) null, "title" varchar(200) not null, "keywords" text[] not null, "industry_chain" "industry_chain" not null, "status" "listing_status" not null default 'DRAFT', "owner_id" uuid not null, "contact_name" varchar(50) not null default '', "contact_phone" varchar(50) not null default '', "contact_email" varchar(254) not null default '', "confidential_detail" text not null default '', "reject_reason" varchar(500) null, "close_reason" "close_reason" null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "published_at" timestamptz null, "version" int not null default 1, "description" text not null, "min_trl" smallint null, "budget_wan" numeric(14,2) null, "cooperation_modes" text[] not null, "deadline" date null, constraint "demand_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "demand" add constraint "demand_external_id_unique" unique ("external_id");`);
    this.addSql(`create index "demand_status_created_at_index" on "demand" ("status", "created_at");`);

    this.addSql(
      `create table "achievement" ("id" uuid not null, "external_id" varchar(100) null, "title" varchar(200) not null, "keywords" text[] not null, "industry_chain" "industry_chain" not null, "status" "listing_status" not null default 'DRAFT', "owner_id" uuid not null, "contact_name" varchar(50) not null default '', "contact_phone" varchar(50) not null default '', "contact_email" varchar(254) not null default '', "confidential_detail" text not null default '', "reject_reason" varchar(500) null, "close_reason" "close_reason" null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "published_at" timestamptz null, "version" int not null default 1, "summary" text not null, "trl" smallint null, "ip_type" "ip_type" not null, "transfer_modes" text[] not null, "asking_price_wan" numeric(14,2) null, "team" varchar(100) null, constraint "achievement_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "achievement" add constraint "achievement_external_id_unique" unique ("external_id");`,
    );
    this.addSql(
      `create index "achievement_status_created_at_index" on "achievement" ("status", "created_at");`,
    );

    this.addSql(
      `create table "app_user" ("id" uuid not null, "email" varchar(254) not null, "password_hash" varchar(255) not null, "display_name" varchar(50) not null, "role" "user_role" not null, "organization_id" uuid null, "membership" "membership_status" null, "disabled" boolean not null default false, "created_at" timestamptz not null default now(), constraint "app_user_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(
      `create table "session" ("id" uuid not null, "user_id" uuid not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "session_pkey" primary key ("id"));`,
    );

    this.addSql(
      `alter table "demand" add constraint "demand_owner_id_foreign" foreign key ("owner_id") references "organization" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "achievement" add constraint "achievement_owner_id_foreign" foreign key ("owner_id") references "organization" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "app_user" add constraint "app_user_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`,
    );
  }
}
