import 'reflect-metadata';
import { loadEnv } from './env.js';
import { startPlatform } from './platform.js';
import { createLogger } from './services.js';

const env = loadEnv();
const log = createLogger(env.LOG_LEVEL);
const started = Date.now();
const platform = await startPlatform(env, log).catch((error: Error) => {
  // A start-up failure is said in one line (the database, a port, a migration), not as a stack trace.
  log.error('start-up failed', { error: error.message });
  process.exit(1);
});
log.info('platform ready', {
  url: platform.url,
  graphql: `${platform.url}/graphql`,
  ms: Date.now() - started,
});

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) {
    return;
  }
  stopping = true;
  log.info('shutting down', { signal });
  try {
    await platform.stop();
    process.exit(0);
  } catch (error) {
    log.error('shutdown failed', { error: (error as Error).message });
    process.exit(1);
  }
};
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
