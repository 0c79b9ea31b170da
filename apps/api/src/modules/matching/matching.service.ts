import type { EntityManager } from '@mikro-orm/postgresql';
import { MatchEngine, type MatchHit, type MatchOptions } from '@ttp/matching';
import pg from 'pg';
import { Achievement } from '../achievement/achievement.entity.js';
import { Demand } from '../demand/demand.entity.js';
import type { ListingKindName } from '../listing/listing-kind.js';
import type { Listing } from '../listing/listing.entity.js';
import { ListingStatus } from '../listing/listing.enums.js';
import { achievementDoc, demandDoc } from './listing-docs.js';

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

  constructor(
    private readonly databaseUrl: string,
    private readonly emFactory: () => EntityManager,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  /** Loads every published listing and starts listening for other processes' changes. */
  async start(): Promise<void> {
    this.listener = new pg.Client({ connectionString: this.databaseUrl });
    this.listener.on('error', (error) => this.log(`match index listener: ${error.message}`));
    await this.listener.connect();
    this.listener.on('notification', (message) => {
      void this.onNotification(message.payload ?? '');
    });
    await this.listener.query(`LISTEN ${CHANNEL}`);
    this.notifier = new pg.Client({ connectionString: this.databaseUrl });
    this.notifier.on('error', (error) => this.log(`match index notifier: ${error.message}`));
    await this.notifier.connect();
    await this.loadAll();
  }

  async stop(): Promise<void> {
    await Promise.allSettled([this.listener?.end(), this.notifier?.end()]);
    this.listener = null;
    this.notifier = null;
  }

  async loadAll(): Promise<void> {
    const em = this.emFactory();
    for (const [entity, upsert] of [
      [Achievement, (l: Listing) => this.engine.upsertAchievement(achievementDoc(l as Achievement))],
      [Demand, (l: Listing) => this.engine.upsertDemand(demandDoc(l as Demand))],
    ] as const) {
      let after = '';
      for (;;) {
        const batch: Listing[] = await em.find(
          entity as typeof Achievement,
          { status: ListingStatus.PUBLISHED, id: { $gt: after || '00000000-0000-0000-0000-000000000000' } },
          { orderBy: { id: 'asc' }, limit: LOAD_BATCH, disableIdentityMap: true },
        );
        batch.forEach(upsert);
        if (batch.length < LOAD_BATCH) {
          break;
        }
        after = batch[batch.length - 1]!.id;
      }
    }
  }

  /** Call after the change has committed. */
  listingChanged(kind: ListingKindName, listing: Listing): void {
    this.apply(kind, listing);
    const payload: ChangeMessage = { kind, id: listing.id, origin: this.origin };
    this.notifier
      ?.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(payload)])
      .catch((error: Error) => {
        this.log(`match index notify failed: ${error.message}`);
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
