import { Migration } from '@mikro-orm/migrations';

const LISTINGS = [
  { table: 'achievement', body: 'summary' },
  { table: 'demand', body: 'description' },
] as const;

/**
 * Indexes for the listing libraries under load (measured with `pnpm bench:load` and EXPLAIN ANALYZE):
 * - (status, created_at, id) serves each visibility branch's page in its own order, cursor included,
 *   and replaces (status, created_at), which could not order by id and forced a sort of every row;
 * - (owner_id, created_at, id) serves a member's own unpublished listings and `mine`;
 * - a pg_trgm GIN index over title, body and keywords serves the `text` filter's ILIKE '%…%'
 *   (Chinese included: trigrams are taken per character in a UTF-8 database), which was a full scan.
 * pg_trgm is a trusted extension: the database owner may create it without being a superuser.
 */
export class Migration20261128130000Performance extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(
      `create or replace function "listing_search_text"(title text, body text, keywords text[]) returns text ` +
        `language sql immutable parallel safe ` +
        `as $$ select title || E'\\n' || body || E'\\n' || array_to_string(keywords, E'\\n') $$;`,
    );
    for (const { table, body } of LISTINGS) {
      this.addSql(`drop index if exists "${table}_status_created_at_index";`);
      this.addSql(
        `create index "${table}_status_created_at_id_index" on "${table}" ("status", "created_at", "id");`,
      );
      this.addSql(
        `create index "${table}_owner_id_created_at_id_index" on "${table}" ("owner_id", "created_at", "id");`,
      );
      this.addSql(
        `create index "${table}_search_trgm_index" on "${table}" using gin ` +
          `(listing_search_text("title", "${body}", "keywords") gin_trgm_ops);`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const { table } of LISTINGS) {
      this.addSql(`drop index if exists "${table}_search_trgm_index";`);
      this.addSql(`drop index if exists "${table}_owner_id_created_at_id_index";`);
      this.addSql(`drop index if exists "${table}_status_created_at_id_index";`);
      this.addSql(`create index "${table}_status_created_at_index" on "${table}" ("status", "created_at");`);
    }
    this.addSql(`drop function if exists "listing_search_text"(text, text, text[]);`);
  }
}
