import { Migration } from '@mikro-orm/migrations';

/** 揭榜挂帅: challenges, applications, the expert panel's assignments and reviews, milestones. */
export class Migration20261128100100Challenge extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "challenge_status" as enum ('DRAFT', 'UNDER_REVIEW', 'PUBLISHED', 'APPLICATIONS_CLOSED', 'EVALUATING', 'AWARDED', 'IN_PROGRESS', 'ACCEPTED', 'FAILED', 'CANCELLED');`,
    );
    this.addSql(
      `create type "challenge_application_status" as enum ('SUBMITTED', 'SHORTLISTED', 'AWARDED', 'REJECTED');`,
    );
    this.addSql(`create type "milestone_status" as enum ('PLANNED', 'SUBMITTED', 'ACCEPTED', 'REJECTED');`);
    this.addSql(
      `create table "challenge" ("id" uuid not null, "title" varchar(200) not null, "background" text not null, "targets" jsonb not null, "bounty_wan" numeric(14,2) not null, "application_deadline" timestamptz not null, "execution_start" date not null, "execution_end" date not null, "eligibility" text not null default '', "industry_chain" "industry_chain" not null, "status" "challenge_status" not null default 'DRAFT', "owner_id" uuid null, "created_by_id" uuid null, "criteria" jsonb not null, "status_reason" varchar(500) null, "public_notice_ends_on" date null, "contract_id" uuid null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "published_at" timestamptz null, "awarded_at" timestamptz null, "version" int not null default 1, constraint "challenge_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "challenge_status_created_at_index" on "challenge" ("status", "created_at");`);
    this.addSql(
      `create table "challenge_application" ("id" uuid not null, "challenge_id" uuid not null, "organization_id" uuid not null, "submitted_by_id" uuid not null, "proposal" text not null, "approach" text not null, "budget_wan" numeric(14,2) not null, "plan" text not null, "members" jsonb not null, "status" "challenge_application_status" not null default 'SUBMITTED', "feedback" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, constraint "challenge_application_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "challenge_application" add constraint "challenge_application_challenge_id_organization_id_unique" unique ("challenge_id", "organization_id");`,
    );
    this.addSql(
      `create table "challenge_milestone" ("id" uuid not null, "challenge_id" uuid not null, "application_id" uuid not null, "title" varchar(200) not null, "deliverable" text not null, "planned_date" date not null, "status" "milestone_status" not null default 'PLANNED', "evidence" text null, "review_note" varchar(500) null, "submitted_at" timestamptz null, "decided_at" timestamptz null, "created_at" timestamptz not null default now(), "version" int not null default 1, constraint "challenge_milestone_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "challenge_milestone_challenge_id_index" on "challenge_milestone" ("challenge_id");`,
    );
    this.addSql(
      `create table "review_assignment" ("id" uuid not null, "challenge_id" uuid not null, "application_id" uuid not null, "expert_id" uuid not null, "assigned_by_id" uuid null, "scores" jsonb null, "internal_comment" text null, "applicant_feedback" text null, "submitted_at" timestamptz null, "created_at" timestamptz not null default now(), "version" int not null default 1, constraint "review_assignment_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "review_assignment_challenge_id_index" on "review_assignment" ("challenge_id");`,
    );
    this.addSql(`create index "review_assignment_expert_id_index" on "review_assignment" ("expert_id");`);
    this.addSql(
      `alter table "review_assignment" add constraint "review_assignment_application_id_expert_id_unique" unique ("application_id", "expert_id");`,
    );
    this.addSql(
      `alter table "challenge" add constraint "challenge_owner_id_foreign" foreign key ("owner_id") references "organization" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "challenge_application" add constraint "challenge_application_challenge_id_foreign" foreign key ("challenge_id") references "challenge" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "challenge_application" add constraint "challenge_application_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "challenge_milestone" add constraint "challenge_milestone_challenge_id_foreign" foreign key ("challenge_id") references "challenge" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "challenge_milestone" add constraint "challenge_milestone_application_id_foreign" foreign key ("application_id") references "challenge_application" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "review_assignment" add constraint "review_assignment_challenge_id_foreign" foreign key ("challenge_id") references "challenge" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "review_assignment" add constraint "review_assignment_application_id_foreign" foreign key ("application_id") references "challenge_application" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "review_assignment" add constraint "review_assignment_expert_id_foreign" foreign key ("expert_id") references "app_user" ("id") on update cascade;`,
    );
  }
}
