import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128083400 } from './Migration20261128083400.js';

/** Every migration in order; listed by hand so source (tests) and build (production) run the same set. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261128083400', class: Migration20261128083400 },
];
