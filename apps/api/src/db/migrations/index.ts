import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128083400 } from './Migration20261128083400.js';
import { Migration20261128100000Brokering } from './Migration20261128100000Brokering.js';
import { Migration20261128100100Challenge } from './Migration20261128100100Challenge.js';
import { Migration20261128130000Performance } from './Migration20261128130000Performance.js';
import { Migration20261128130100Alerts } from './Migration20261128130100Alerts.js';
import { Migration20261128160000SearchBigrams } from './Migration20261128160000SearchBigrams.js';
import { Migration20261128170000AlertQueue } from './Migration20261128170000AlertQueue.js';

/** Every migration in order; listed by hand so source (tests) and build (production) run the same set. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261128083400', class: Migration20261128083400 },
  { name: 'Migration20261128100000Brokering', class: Migration20261128100000Brokering },
  { name: 'Migration20261128100100Challenge', class: Migration20261128100100Challenge },
  { name: 'Migration20261128130000Performance', class: Migration20261128130000Performance },
  { name: 'Migration20261128130100Alerts', class: Migration20261128130100Alerts },
  { name: 'Migration20261128160000SearchBigrams', class: Migration20261128160000SearchBigrams },
  { name: 'Migration20261128170000AlertQueue', class: Migration20261128170000AlertQueue },
];
