import { Migration } from '@mikro-orm/migrations';

/** `alert_queue`: published listings whose alerts are still to be sent (see AlertQueue). */
export class Migration20261128170000AlertQueue extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "alert_queue" ("id" bigserial primary key, "listing_kind" varchar(20) not null, ` +
        `"listing_id" uuid not null, "queued_at" timestamptz not null default now());`,
    );
    this.addSql(
      `create index "alert_queue_listing_kind_listing_id_index" on "alert_queue" ("listing_kind", "listing_id");`,
    );
    this.addSql(`create index "alert_queue_queued_at_index" on "alert_queue" ("queued_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "alert_queue";`);
  }
}
