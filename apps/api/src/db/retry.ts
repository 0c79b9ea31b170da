import { UniqueConstraintViolationException } from '@mikro-orm/core';

/**
 * Runs a transaction, and once more if it lost a race on a unique key: another transaction inserted
 * the same new row (an organisation's name, an e-mail, an externalId) and committed first. The second
 * run sees that row and takes the path for an existing one. `beforeRetry` resets what the first run
 * collected outside the database.
 */
export async function retryOnUniqueViolation<T>(
  work: () => Promise<T>,
  beforeRetry?: () => void,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) {
      throw error;
    }
    beforeRetry?.();
    return work();
  }
}
