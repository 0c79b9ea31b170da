import type { EntityManager } from '@mikro-orm/postgresql';
import { MatchEngine, type MatchHit, type MatchOptions } from '@ttp/matching';
import pg from 'pg';
import { Achievement } from '../achievement/achievement.entity.js';
import { Demand } from '../demand/demand.entity.js';
import type { ListingKindName } from '../listing/listing-kind.js';
import type { Listing } from '../listing/listing.entity.js';
import { ListingStatus } from '../listing/listing.enums.js';
import { achievementDoc, demandDoc, publishedDocs } from './listing-docs.js';

const CHANNEL = 'listing_changed';
const LOAD_BATCH = 2000;

interface ChangeMessage {
  kind: ListingKindName;
  id: string;
  origin: string;
}

/**
 * Keeps the in-memory match index in step with the published listings: loaded at start, updated after
 * each committed change, and told of other processes' changes through PostgreSQL LISTEN/NOTIFY.
 */
export class MatchingService {
  readonly engine = new MatchEngine();
  private readonly origin = `${process.pid}-${Math.random().toString(36).slice(2)}`;
  private listener: pg.Client | null = null;
  private notifier: pg.Client | null = null;
  private stopped = false;
  private reconnecting = false;
  /** Notifications that could not be sent while the database was away; sent after reconnecting. */
  private unsent: string[] = [];
  /** Told of each change this process commits (not of other processes' changes). */
  private readonly localChangeListeners: ((kind: ListingKindName, listing: Listing) => void)[] = [];

  constructor(
    private readonly databaseUrl: string,
    private readonly emFactory: () => EntityManager,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  /** Loads every published listing and starts listening for other processes' changes. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
    await this.loadAll();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.allSettled([this.listener?.end(), this.notifier?.end()]);
    this.listener = null;
    this.notifier = null;
  }

  private async connect(): Promise<void> {
    const listener = new pg.Client({ connectionString: this.databaseUrl });
    const notifier = new pg.Client({ connectionString: this.databaseUrl });
    for (const [client, name] of [
      [listener, 'listener'],
      [notifier, 'notifier'],
    ] as const) {
      client.on('error', (error) => {
        this.log(`match index ${name}: ${error.message}`);
        this.reconnectSoon();
      });
      client.on('end', () => this.reconnectSoon());
    }
    try {
      await listener.connect();
      listener.on('notification', (message) => {
        void this.onNotification(message.payload ?? '');
      });
      await listener.query(`LISTEN ${CHANNEL}`);
      await notifier.connect();
    } catch (error) {
      for (const client of [listener, notifier]) {
        client.removeAllListeners('end');
        client.end().catch(() => undefined);
      }
      throw error;
    }
    this.listener = listener;
    this.notifier = notifier;
  }

  /**
   * The database went away (a restart, a failover): reconnect with back-off, then catch up on what
   * other processes changed while we were not listening, and send what we could not.
   */
  private reconnectSoon(): void {
    if (this.stopped || this.reconnecting) {
      return;
    }
    this.reconnecting = true;
    const since = new Date(Date.now() - 60_000); // clock skew and transactions open at the time
    for (const client of [this.listener, this.notifier]) {
      client?.removeAllListeners('end');
      client?.end().catch(() => undefined);
    }
    this.listener = null;
    this.notifier = null;
    const attempt = (delayMs: number) => {
      setTimeout(() => {
        if (this.stopped) {
          this.reconnecting = false;
          return;
        }
        this.connect()
          .then(async () => {
            this.reconnecting = false;
            this.log('match index listener reconnected');
            await this.catchUp(since);
            const unsent = this.unsent.splice(0);
            for (const payload of unsent) {
              await this.notifier?.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]);
            }
          })
          .catch((error: Error) => {
            if (this.reconnecting) {
              this.log(`match index reconnect failed: ${error.message}`);
              attempt(Math.min(delayMs * 2, 5_000));
            } else {
              this.log(`match index catch-up failed: ${error.message}`);
            }
          });
      }, delayMs).unref();
    };
    attempt(250);
  }

  /** Re-reads every listing changed since `since` and applies it (published → in, otherwise out). */
  private async catchUp(since: Date): Promise<void> {
    const em = this.emFactory();
    for (const kind of ['Achievement', 'Demand'] as const) {
      const entity = kind === 'Achievement' ? Achievement : Demand;
      const changed: Listing[] = await em.find(
        entity as typeof Achievement,
        { updatedAt: { $gte: since } },
        {
          disableIdentityMap: true,
        },
      );
      changed.forEach((listing) => this.apply(kind, listing));
    }
  }

  /** Reads every published listing in pages, then builds the index in one bulk pass per side. */
  async loadAll(): Promise<void> {
    const connection = this.emFactory().getConnection();
    this.engine.loadAchievements(await publishedDocs(connection, 'achievement', LOAD_BATCH));
    this.engine.loadDemands(await publishedDocs(connection, 'demand', LOAD_BATCH));
  }

  /** Adds a listener for the changes this process commits, called after the index has them. */
  onLocalChange(listener: (kind: ListingKindName, listing: Listing) => void): void {
    this.localChangeListeners.push(listener);
  }

  /** Call after the change has committed. */
  listingChanged(kind: ListingKindName, listing: Listing): void {
    this.apply(kind, listing);
    this.localChangeListeners.forEach((listener) => listener(kind, listing));
    const payload = JSON.stringify({ kind, id: listing.id, origin: this.origin } satisfies ChangeMessage);
    const keep = () => {
      if (this.unsent.length < 10_000) {
        this.unsent.push(payload);
      }
    };
    if (!this.notifier) {
      keep();
      return;
    }
    this.notifier.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]).catch((error: Error) => {
      this.log(`match index notify failed: ${error.message}`);
      keep();
    });
  }

  matchesForDemand(demand: Demand, options: MatchOptions): MatchHit[] {
    return this.engine.matchesForDemand(demandDoc(demand), options);
  }

  matchesForAchievement(achievement: Achievement, options: MatchOptions): MatchHit[] {
    return this.engine.matchesForAchievement(achievementDoc(achievement), options);
  }

  private apply(kind: ListingKindName, listing: Listing): void {
    const published = listing.status === ListingStatus.PUBLISHED;
    if (!published) {
      this.remove(kind, listing.id);
    } else if (kind === 'Achievement') {
      this.engine.upsertAchievement(achievementDoc(listing as Achievement));
    } else {
      this.engine.upsertDemand(demandDoc(listing as Demand));
    }
  }

  private remove(kind: ListingKindName, id: string): void {
    if (kind === 'Achievement') {
      this.engine.removeAchievement(id);
    } else {
      this.engine.removeDemand(id);
    }
  }

  private async onNotification(payload: string): Promise<void> {
    try {
      const message = JSON.parse(payload) as ChangeMessage;
      if (message.origin === this.origin) {
        return;
      }
      const entity = message.kind === 'Achievement' ? Achievement : Demand;
      const listing = await this.emFactory().findOne(entity as typeof Achievement, message.id);
      if (listing) {
        this.apply(message.kind, listing);
      } else {
        this.remove(message.kind, message.id);
      }
    } catch (error) {
      this.log(`match index update failed: ${(error as Error).message}`);
    }
  }
}
