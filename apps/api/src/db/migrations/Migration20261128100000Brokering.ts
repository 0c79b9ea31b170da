import { Migration } from '@mikro-orm/migrations';

export class Migration20261128100000Brokering extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "matchmaking_event_kind" as enum ('ENTERPRISE_VISITS_UNIVERSITY', 'UNIVERSITY_VISITS_ENTERPRISE', 'ROADSHOW', 'MATCHMAKING_FAIR');`,
    );
    this.addSql(
      `create type "match_stage" as enum ('PROPOSED', 'INTERESTED', 'MUTUAL_INTEREST', 'MEETING', 'NEGOTIATING', 'CONTRACTED', 'CLOSED');`,
    );
    this.addSql(`create type "match_origin" as enum ('RECOMMENDATION', 'INTEREST', 'MANUAL', 'EVENT');`);
    this.addSql(`create type "match_side" as enum ('DEMAND', 'ACHIEVEMENT');`);
    this.addSql(
      `create type "match_close_reason" as enum ('NOT_INTERESTED', 'NO_AGREEMENT', 'NO_RESPONSE', 'LISTING_CLOSED', 'OTHER');`,
    );
    this.addSql(
      `create type "tech_contract_type" as enum ('DEVELOPMENT', 'TRANSFER', 'LICENSE', 'CONSULTING', 'SERVICE');`,
    );
    this.addSql(`create type "tech_contract_status" as enum ('PENDING', 'CONFIRMED', 'REJECTED');`);
    this.addSql(
      `create table "follow_up_setting" ("stage" varchar(30) not null, "days" smallint not null, "updated_at" timestamptz not null default now(), constraint "follow_up_setting_pkey" primary key ("stage"), constraint "follow_up_setting_days_check" check ("days" between 1 and 365));`,
    );
    this.addSql(
      `insert into "follow_up_setting" ("stage", "days") values ('PROPOSED', 7), ('INTERESTED', 7), ('MUTUAL_INTEREST', 14), ('MEETING', 21), ('NEGOTIATING', 30);`,
    );

    this.addSql(
      `create table "matchmaking_event" ("id" uuid not null, "kind" "matchmaking_event_kind" not null, "title" varchar(200) not null, "starts_at" timestamptz not null, "place" varchar(200) not null, "description" text not null default '', "attendee_count" int not null default 0, "created_at" timestamptz not null default now(), "version" int not null default 1, constraint "matchmaking_event_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "matchmaking_event_invited_organization" ("matchmaking_event_id" uuid not null, "organization_id" uuid not null, constraint "matchmaking_event_invited_organization_pkey" primary key ("matchmaking_event_id", "organization_id"));`,
    );

    this.addSql(
      `create table "matchmaking_event_attended_organization" ("matchmaking_event_id" uuid not null, "organization_id" uuid not null, constraint "matchmaking_event_attended_organization_pkey" primary key ("matchmaking_event_id", "organization_id"));`,
    );

    this.addSql(
      `create table "matchmaking_event_demand" ("matchmaking_event_id" uuid not null, "demand_id" uuid not null, constraint "matchmaking_event_demand_pkey" primary key ("matchmaking_event_id", "demand_id"));`,
    );

    this.addSql(
      `create table "matchmaking_event_achievement" ("matchmaking_event_id" uuid not null, "achievement_id" uuid not null, constraint "matchmaking_event_achievement_pkey" primary key ("matchmaking_event_id", "achievement_id"));`,
    );

    this.addSql(
      `create table "notification" ("id" uuid not null, "recipient_id" uuid not null, "kind" varchar(40) not null, "title" varchar(200) not null, "body" text not null, "entity_type" varchar(40) null, "entity_id" varchar(64) null, "read_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "notification_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "notification_recipient_id_read_at_created_at_index" on "notification" ("recipient_id", "read_at", "created_at");`,
    );

    this.addSql(
      `create table "email_outbox" ("id" bigserial primary key, "notification_id" uuid null, "to_address" varchar(254) not null, "subject" varchar(200) not null, "body" text not null, "created_at" timestamptz not null default now(), "sent_at" timestamptz null, "attempts" smallint not null default 0, "last_error" varchar(500) null);`,
    );
    this.addSql(
      `create index "email_outbox_sent_at_created_at_index" on "email_outbox" ("sent_at", "created_at");`,
    );

    this.addSql(
      `create table "match" ("id" uuid not null, "demand_id" uuid not null, "achievement_id" uuid not null, "stage" "match_stage" not null default 'PROPOSED', "origin" "match_origin" not null, "score" double precision null, "interested_side" "match_side" null, "close_reason" "match_close_reason" null, "close_note" varchar(500) null, "event_id" uuid null, "created_by_id" uuid null, "stage_entered_at" timestamptz not null default now(), "revealed_at" timestamptz null, "follow_up_notified_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, constraint "match_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "match_stage_stage_entered_at_index" on "match" ("stage", "stage_entered_at");`,
    );
    this.addSql(
      `alter table "match" add constraint "match_demand_id_achievement_id_unique" unique ("demand_id", "achievement_id");`,
    );
    this.addSql(`create index "match_achievement_id_index" on "match" ("achievement_id");`);

    this.addSql(
      `create table "tech_contract" ("id" uuid not null, "title" varchar(200) not null, "type" "tech_contract_type" not null, "amount_wan" numeric(14,2) not null, "signed_on" date not null, "buyer_id" uuid not null, "seller_id" uuid not null, "industry_chain" "industry_chain" not null, "match_id" uuid null, "challenge_id" uuid null, "status" "tech_contract_status" not null default 'PENDING', "reject_reason" varchar(500) null, "submitted_by_id" uuid null, "confirmed_by_id" uuid null, "confirmed_at" timestamptz null, "created_at" timestamptz not null default now(), "version" int not null default 1, constraint "tech_contract_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "tech_contract_status_signed_on_index" on "tech_contract" ("status", "signed_on");`,
    );
    this.addSql(`create index "tech_contract_match_id_index" on "tech_contract" ("match_id");`);
    this.addSql(
      `alter table "tech_contract" add constraint "tech_contract_amount_wan_check" check ("amount_wan" > 0);`,
    );

    this.addSql(
      `create table "match_event" ("id" bigserial primary key, "match_id" uuid not null, "action" varchar(20) not null, "from_stage" "match_stage" null, "to_stage" "match_stage" not null, "side" "match_side" null, "actor_id" uuid null, "note" varchar(1000) not null default '', "at" timestamptz not null default now());`,
    );
    this.addSql(`create index "match_event_match_id_at_index" on "match_event" ("match_id", "at");`);

    this.addSql(
      `create table "interest" ("id" uuid not null, "match_id" uuid not null, "side" "match_side" not null, "organization_id" uuid not null, "user_id" uuid not null, "note" varchar(1000) not null default '', "at" timestamptz not null default now(), constraint "interest_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "interest" add constraint "interest_match_id_side_unique" unique ("match_id", "side");`,
    );

    this.addSql(
      `alter table "matchmaking_event_invited_organization" add constraint "matchmaking_event_invited_organization_matchmaki_31916_foreign" foreign key ("matchmaking_event_id") references "matchmaking_event" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "matchmaking_event_invited_organization" add constraint "matchmaking_event_invited_organization_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "matchmaking_event_attended_organization" add constraint "matchmaking_event_attended_organization_matchmak_9cfd5_foreign" foreign key ("matchmaking_event_id") references "matchmaking_event" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "matchmaking_event_attended_organization" add constraint "matchmaking_event_attended_organization_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "matchmaking_event_demand" add constraint "matchmaking_event_demand_matchmaking_event_id_foreign" foreign key ("matchmaking_event_id") references "matchmaking_event" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "matchmaking_event_demand" add constraint "matchmaking_event_demand_demand_id_foreign" foreign key ("demand_id") references "demand" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "matchmaking_event_achievement" add constraint "matchmaking_event_achievement_matchmaking_event_id_foreign" foreign key ("matchmaking_event_id") references "matchmaking_event" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "matchmaking_event_achievement" add constraint "matchmaking_event_achievement_achievement_id_foreign" foreign key ("achievement_id") references "achievement" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "notification" add constraint "notification_recipient_id_foreign" foreign key ("recipient_id") references "app_user" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "email_outbox" add constraint "email_outbox_notification_id_foreign" foreign key ("notification_id") references "notification" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "match" add constraint "match_demand_id_foreign" foreign key ("demand_id") references "demand" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "match" add constraint "match_achievement_id_foreign" foreign key ("achievement_id") references "achievement" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "match" add constraint "match_event_id_foreign" foreign key ("event_id") references "matchmaking_event" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "match" add constraint "match_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "tech_contract" add constraint "tech_contract_buyer_id_foreign" foreign key ("buyer_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "tech_contract" add constraint "tech_contract_seller_id_foreign" foreign key ("seller_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "tech_contract" add constraint "tech_contract_match_id_foreign" foreign key ("match_id") references "match" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "tech_contract" add constraint "tech_contract_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "tech_contract" add constraint "tech_contract_confirmed_by_id_foreign" foreign key ("confirmed_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "match_event" add constraint "match_event_match_id_foreign" foreign key ("match_id") references "match" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "match_event" add constraint "match_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "interest" add constraint "interest_match_id_foreign" foreign key ("match_id") references "match" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "interest" add constraint "interest_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "interest" add constraint "interest_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "matchmaking_event_invited_organization" drop constraint "matchmaking_event_invited_organization_matchmaki_31916_foreign";`,
    );

    this.addSql(
      `alter table "matchmaking_event_attended_organization" drop constraint "matchmaking_event_attended_organization_matchmak_9cfd5_foreign";`,
    );

    this.addSql(
      `alter table "matchmaking_event_demand" drop constraint "matchmaking_event_demand_matchmaking_event_id_foreign";`,
    );

    this.addSql(
      `alter table "matchmaking_event_achievement" drop constraint "matchmaking_event_achievement_matchmaking_event_id_foreign";`,
    );

    this.addSql(`alter table "match" drop constraint "match_event_id_foreign";`);

    this.addSql(`alter table "email_outbox" drop constraint "email_outbox_notification_id_foreign";`);

    this.addSql(`alter table "tech_contract" drop constraint "tech_contract_match_id_foreign";`);

    this.addSql(`alter table "match_event" drop constraint "match_event_match_id_foreign";`);

    this.addSql(`alter table "interest" drop constraint "interest_match_id_foreign";`);

    this.addSql(`drop table if exists "follow_up_setting" cascade;`);

    this.addSql(`drop table if exists "matchmaking_event" cascade;`);

    this.addSql(`drop table if exists "matchmaking_event_invited_organization" cascade;`);

    this.addSql(`drop table if exists "matchmaking_event_attended_organization" cascade;`);

    this.addSql(`drop table if exists "matchmaking_event_demand" cascade;`);

    this.addSql(`drop table if exists "matchmaking_event_achievement" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "email_outbox" cascade;`);

    this.addSql(`drop table if exists "match" cascade;`);

    this.addSql(`drop table if exists "tech_contract" cascade;`);

    this.addSql(`drop table if exists "match_event" cascade;`);

    this.addSql(`drop table if exists "interest" cascade;`);

    this.addSql(`drop type "matchmaking_event_kind";`);
    this.addSql(`drop type "match_stage";`);
    this.addSql(`drop type "match_origin";`);
    this.addSql(`drop type "match_side";`);
    this.addSql(`drop type "match_close_reason";`);
    this.addSql(`drop type "tech_contract_type";`);
    this.addSql(`drop type "tech_contract_status";`);
  }
}
