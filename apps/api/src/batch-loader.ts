interface Waiting<V> {
  resolve(value: V): void;
  reject(error: unknown): void;
}

/**
 * DataLoader's idea in a few lines, for one request: the keys asked for while GraphQL resolves one
 * level of a list (all in the same tick) are loaded with one call, and each key is loaded once.
 * Keys the batch does not answer get `missing`.
 */
export class BatchLoader<K, V> {
  private readonly answers = new Map<K, Promise<V>>();
  private queue = new Map<K, Waiting<V>>();

  constructor(
    private readonly loadMany: (keys: K[]) => Promise<Map<K, V>>,
    private readonly missing: V,
  ) {}

  load(key: K): Promise<V> {
    let answer = this.answers.get(key);
    if (!answer) {
      answer = new Promise<V>((resolve, reject) => {
        if (this.queue.size === 0) {
          // After the promise jobs of this tick, as DataLoader does: sibling resolvers have all asked by then.
          void Promise.resolve().then(() => process.nextTick(() => void this.dispatch()));
        }
        this.queue.set(key, { resolve, reject });
      });
      this.answers.set(key, answer);
    }
    return answer;
  }

  private async dispatch(): Promise<void> {
    const batch = this.queue;
    this.queue = new Map();
    try {
      const values = await this.loadMany([...batch.keys()]);
      for (const [key, waiting] of batch) {
        waiting.resolve(values.has(key) ? values.get(key)! : this.missing);
      }
    } catch (error) {
      for (const [key, waiting] of batch) {
        this.answers.delete(key);
        waiting.reject(error);
      }
    }
  }
}

/** One loader per request context and purpose, dropped with the context. */
export function perRequest<K, V>(
  store: WeakMap<object, BatchLoader<K, V>>,
  ctx: object,
  create: () => BatchLoader<K, V>,
): BatchLoader<K, V> {
  let loader = store.get(ctx);
  if (!loader) {
    loader = create();
    store.set(ctx, loader);
  }
  return loader;
}
