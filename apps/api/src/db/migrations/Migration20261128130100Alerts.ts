import { Migration } from '@mikro-orm/migrations';

/**
 * Alerts: saved searches, per-user alert settings, and `alert_delivery`, whose primary key
 * (recipient, alert key) makes each alert notification happen at most once across processes.
 */
export class Migration20261128130100Alerts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "saved_search_target" as enum ('ACHIEVEMENT', 'DEMAND');`);
    this.addSql(
      `create table "saved_search" ("id" uuid not null, "owner_id" uuid not null, "name" varchar(50) not null, ` +
        `"query" varchar(500) not null, "target" "saved_search_target" not null, ` +
        `"industry_chains" text[] not null default '{}', "trl_min" smallint null, "trl_max" smallint null, ` +
        `"modes" text[] not null default '{}', "threshold" smallint not null default 60, ` +
        `"active" boolean not null default true, "created_at" timestamptz not null default now(), ` +
        `"updated_at" timestamptz not null default now(), constraint "saved_search_pkey" primary key ("id"), ` +
        `constraint "saved_search_threshold_check" check ("threshold" between 0 and 100), ` +
        `constraint "saved_search_trl_check" check (("trl_min" is null or "trl_min" between 1 and 9) ` +
        `and ("trl_max" is null or "trl_max" between 1 and 9) ` +
        `and ("trl_min" is null or "trl_max" is null or "trl_min" <= "trl_max")));`,
    );
    this.addSql(
      `create index "saved_search_owner_id_created_at_index" on "saved_search" ("owner_id", "created_at");`,
    );
    this.addSql(`create index "saved_search_target_active_index" on "saved_search" ("target", "active");`);
    this.addSql(
      `alter table "saved_search" add constraint "saved_search_owner_id_foreign" foreign key ("owner_id") ` +
        `references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `create table "alert_setting" ("user_id" uuid not null, "threshold" smallint not null default 60, ` +
        `"listing_alerts" boolean not null default true, "updated_at" timestamptz not null default now(), ` +
        `constraint "alert_setting_pkey" primary key ("user_id"), ` +
        `constraint "alert_setting_threshold_check" check ("threshold" between 0 and 100));`,
    );
    this.addSql(
      `alter table "alert_setting" add constraint "alert_setting_user_id_foreign" foreign key ("user_id") ` +
        `references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `create table "alert_delivery" ("recipient_id" uuid not null, "alert_key" varchar(120) not null, ` +
        `"created_at" timestamptz not null default now(), ` +
        `constraint "alert_delivery_pkey" primary key ("recipient_id", "alert_key"));`,
    );
    this.addSql(
      `alter table "alert_delivery" add constraint "alert_delivery_recipient_id_foreign" foreign key ("recipient_id") ` +
        `references "app_user" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "alert_delivery" cascade;`);
    this.addSql(`drop table if exists "alert_setting" cascade;`);
    this.addSql(`drop table if exists "saved_search" cascade;`);
    this.addSql(`drop type if exists "saved_search_target";`);
  }
}
