import { startTestDatabaseServer } from '@ttp/api/testing';
import type { TestProject } from 'vitest/node';
import { chromiumPath, reportMissingChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseServerUrl: string;
  }
}

/** One PostgreSQL server for every spec (TEST_DATABASE_URL's, or an embedded one); each spec makes its own database. */
export default async function setup(project: TestProject) {
  if (!chromiumPath()) {
    reportMissingChromium();
    project.provide('databaseServerUrl', '');
    return;
  }
  const server = await startTestDatabaseServer();
  project.provide('databaseServerUrl', server.url);
  return () => server.stop();
}
