import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from './orm-config.js';

/** Development aid: applies pending migrations, then writes the next one from the entity diff. */
const url = process.env.DATABASE_URL;
if (!url) {
  throw new Error('DATABASE_URL is required to create a migration');
}
const orm = await MikroORM.init(ormConfig(url));
await orm.migrator.up();
const result = await orm.migrator.createMigration(undefined, false, process.argv.includes('--initial'));
console.log(result.fileName ? `wrote ${result.fileName}` : 'no changes');
await orm.close();
