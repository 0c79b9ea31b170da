import type { EntityManager } from '@mikro-orm/postgresql';
import type { AchievementDoc, DemandDoc, MatchHit } from '@ttp/matching';
import type { Logger } from '../../services.js';
import { Achievement } from '../achievement/achievement.entity.js';
import { Demand } from '../demand/demand.entity.js';
import type { Listing } from '../listing/listing.entity.js';
import { ListingStatus } from '../listing/listing.enums.js';
import type { ListingKindName } from '../listing/listing-kind.js';
import { achievementDoc, demandDoc } from '../matching/listing-docs.js';
import type { MatchingService } from '../matching/matching.service.js';
import { membersOf, notify, type NotificationMessage } from '../notification/index.js';
import type { User } from '../user/user.entity.js';
import { listingMatchMessage, savedSearchMessage } from './alert-messages.js';
import { AlertSetting } from './alert-setting.entity.js';
import { DEFAULT_THRESHOLD, SavedSearchTarget } from './alerts.enums.js';
import { SavedSearch } from './saved-search.entity.js';

/** One message to some users, sent to each at most once ever (the key is claimed per recipient). */
export interface Alert {
  key: string;
  recipients: User[];
  message: NotificationMessage;
}

/** How many counterparts of a new listing are checked: the best by the new listing's own ranking. */
const CANDIDATES = 100;
const CLAIM_BATCH = 500;
/** How often a process looks for alerts another one left behind, and how old they must be by then. */
const SWEEP_EVERY = 10 * 60_000;
const SWEEP_AFTER = 30 * 60_000;

export const pairKey = (achievementId: string, demandId: string) => `pair:${achievementId}:${demandId}`;
export const searchKey = (savedSearchId: string, listingId: string) => `search:${savedSearchId}:${listingId}`;

/** Idle time after each dispatched listing, as a multiple of the time it took. */
const BACKGROUND_PACING = 3;

/**
 * Alerts for newly published listings. The process that commits a publish (or an edit of a published
 * listing) queues it here; after the response has gone, the listing is matched against the other
 * kind's published listings (the best CANDIDATES by its own ranking, each then scored as its owners
 * see it) and against the active saved searches of its kind, and a notification is written for each
 * recipient whose threshold the score reaches. Each (recipient, key) is claimed
 * in `alert_delivery` with `insert … on conflict do nothing` in the same transaction as the
 * notification, so a republish, an edit or another process doing the same work never repeats one.
 */
export class AlertDispatcher {
  private readonly pending = new Map<string, { kind: ListingKindName; id: string }>();
  private running: Promise<void> | null = null;
  private stopped = false;
  private sweeper: NodeJS.Timeout | null = null;

  constructor(
    private readonly emFactory: () => EntityManager,
    private readonly matching: MatchingService,
    private readonly log: Logger,
  ) {}

  /** Call after the change has committed; only published listings raise alerts. */
  listingChanged(kind: ListingKindName, listing: Listing): void {
    if (this.stopped || listing.status !== ListingStatus.PUBLISHED) {
      return;
    }
    this.enqueue(kind, listing.id);
  }

  private enqueue(kind: ListingKindName, id: string): void {
    if (this.stopped) {
      return;
    }
    this.pending.set(`${kind}:${id}`, { kind, id });
    this.running ??= this.run();
  }

  /** Resolves once every queued listing has been dispatched (for tests and shutdown). */
  async drain(): Promise<void> {
    while (this.running) {
      await this.running;
    }
  }

  /**
   * Finishes the listing in hand and leaves the rest (shutdown must not wait on a bulk import): they
   * stay in `alert_queue` and are sent after the next start.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.sweeper) {
      clearInterval(this.sweeper);
    }
    if (this.pending.size > 0) {
      this.log.warn('alerts left queued at shutdown', { listings: this.pending.size });
      this.pending.clear();
    }
    await this.drain();
  }

  /**
   * Queues the listings whose alerts a process did not send (it stopped or died first): at start every
   * row of `alert_queue`; then every SWEEP_EVERY the rows older than SWEEP_AFTER, which a process that
   * died left behind. A listing another live process is still working on may be matched twice; the
   * claims in `alert_delivery` keep its notifications single.
   */
  async recover(options: { sweep?: boolean } = {}): Promise<number> {
    const found = await this.queued(0);
    if (options.sweep !== false && !this.sweeper && !this.stopped) {
      this.sweeper = setInterval(() => {
        this.queued(SWEEP_AFTER).catch((error: Error) =>
          this.log.error('alert queue sweep failed', { error: error.message }),
        );
      }, SWEEP_EVERY);
      this.sweeper.unref();
    }
    return found;
  }

  private async queued(olderThanMs: number): Promise<number> {
    const rows = await this.emFactory().execute<{ listing_kind: ListingKindName; listing_id: string }[]>(
      `select distinct "listing_kind", "listing_id" from "alert_queue"
        where "queued_at" <= now() - make_interval(secs => ?)`,
      [olderThanMs / 1000],
    );
    for (const row of rows) {
      this.enqueue(row.listing_kind, row.listing_id);
    }
    return rows.length;
  }

  /**
   * Matches one listing now and writes its new notifications; returns how many were written. Its rows
   * in `alert_queue` (as they were when it started: a later edit queues it again) go in the same
   * transaction as the notifications.
   */
  async dispatch(kind: ListingKindName, id: string): Promise<number> {
    const em = this.emFactory();
    const queued = (
      await em.execute<{ id: string }[]>(
        `select "id" from "alert_queue" where "listing_kind" = ? and "listing_id" = ?`,
        [kind, id],
      )
    ).map((row) => row.id);
    const alerts = kind === 'Achievement' ? await this.forAchievement(em, id) : await this.forDemand(em, id);
    return this.deliver(em, alerts, queued);
  }

  private async run(): Promise<void> {
    // Let the publishing request answer first: matching is CPU work on this thread.
    await new Promise((resolve) => setImmediate(resolve));
    try {
      for (let next = this.take(); next; next = this.take()) {
        const started = performance.now();
        try {
          await this.dispatch(next.kind, next.id);
        } catch (error) {
          this.log.error('alert dispatch failed', { ...next, error: (error as Error).message });
        }
        // Background work paced to about a quarter of this thread: after a bulk import of thousands of
        // listings the alerts trickle out over minutes instead of starving the users' requests.
        const spent = performance.now() - started;
        if (this.pending.size > 0 && !this.stopped) {
          await new Promise((resolve) => setTimeout(resolve, Math.min(spent * BACKGROUND_PACING, 2_000)));
        }
      }
    } finally {
      this.running = null;
    }
  }

  private take() {
    const [entry] = this.pending;
    if (!entry) {
      return undefined;
    }
    this.pending.delete(entry[0]);
    return entry[1];
  }

  private async forAchievement(em: EntityManager, id: string): Promise<Alert[]> {
    const achievement = await em.findOne(
      Achievement,
      { id, status: ListingStatus.PUBLISHED },
      { populate: ['owner'] },
    );
    if (!achievement) {
      return [];
    }
    const engine = this.matching.engine;
    const candidates = engine.matchesForAchievement(achievementDoc(achievement), { first: CANDIDATES });
    const demands = await this.published(em, Demand, candidates, achievement.owner.id);
    const listingAlerts = await this.listingAlerts(em, demands, {
      key: (demand) => pairKey(achievement.id, demand.id),
      // The new achievement's hit among the demand's own recommendations, scored as a pair.
      score: (demand, minScore) => engine.scoreForDemand(demandDoc(demand), achievement.id, { minScore }),
      message: (demand, hit) => listingMatchMessage('Achievement', achievement, demand, hit),
    });
    const searchAlerts = await this.savedSearchAlerts(em, 'Achievement', achievement, (search) =>
      engine.scoreForDemand(searchAsDemand(search, achievement), achievement.id, {
        minScore: search.threshold,
        keywordQuery: true,
        chains: search.industryChains.length ? search.industryChains : undefined,
      }),
    );
    return [...listingAlerts, ...searchAlerts];
  }

  private async forDemand(em: EntityManager, id: string): Promise<Alert[]> {
    const demand = await em.findOne(Demand, { id, status: ListingStatus.PUBLISHED }, { populate: ['owner'] });
    if (!demand) {
      return [];
    }
    const engine = this.matching.engine;
    const candidates = engine.matchesForDemand(demandDoc(demand), { first: CANDIDATES });
    const achievements = await this.published(em, Achievement, candidates, demand.owner.id);
    const listingAlerts = await this.listingAlerts(em, achievements, {
      key: (achievement) => pairKey(achievement.id, demand.id),
      // The new demand's hit among the achievement's own recommendations, scored as a pair.
      score: (achievement, minScore) =>
        engine.scoreForAchievement(achievementDoc(achievement), demand.id, { minScore }),
      message: (achievement, hit) => listingMatchMessage('Demand', demand, achievement, hit),
    });
    const searchAlerts = await this.savedSearchAlerts(em, 'Demand', demand, (search) =>
      engine.scoreForAchievement(searchAsAchievement(search, demand), demand.id, {
        minScore: search.threshold,
        keywordQuery: true,
        chains: search.industryChains.length ? search.industryChains : undefined,
      }),
    );
    return [...listingAlerts, ...searchAlerts];
  }

  /** The candidates still published (the index may lag a commit), other organisations' only. */
  private async published<T extends Listing>(
    em: EntityManager,
    entity: new () => T,
    hits: MatchHit[],
    exceptOwner: string,
  ): Promise<T[]> {
    if (hits.length === 0) {
      return [];
    }
    return (await em.find(
      entity as unknown as typeof Achievement,
      {
        id: { $in: hits.map((hit) => hit.id) },
        status: ListingStatus.PUBLISHED,
        owner: { $ne: exceptOwner },
      },
      { populate: ['owner'] },
    )) as unknown as T[];
  }

  /**
   * For each counterpart listing, its organisation's members whose threshold the new listing reaches.
   * The score is the one its members see among their own listing's recommendations (the engine's
   * scores are not symmetric): the engine scores the pair (counterpart as the query, new listing as
   * the hit) exactly as the counterpart's own match list would show it, without ranking the index.
   */
  private async listingAlerts<T extends Listing>(
    em: EntityManager,
    counterparts: T[],
    pair: {
      key: (theirs: T) => string;
      score: (theirs: T, minScore: number) => MatchHit | null;
      message: (theirs: T, hit: MatchHit) => NotificationMessage;
    },
  ): Promise<Alert[]> {
    if (counterparts.length === 0) {
      return [];
    }
    const members = await membersOf(em, [...new Set(counterparts.map((listing) => listing.owner.id))]);
    if (members.length === 0) {
      return [];
    }
    const settings = new Map(
      (await em.find(AlertSetting, { user: { $in: members.map((member) => member.id) } })).map((setting) => [
        setting.user.id,
        setting,
      ]),
    );
    const thresholdOf = (user: User) => {
      const setting = settings.get(user.id);
      return setting?.listingAlerts === false ? null : (setting?.threshold ?? DEFAULT_THRESHOLD);
    };
    const alerts: Alert[] = [];
    for (const theirs of counterparts) {
      const listening = members.filter(
        (member) => member.organization?.id === theirs.owner.id && thresholdOf(member) !== null,
      );
      if (listening.length === 0) {
        continue;
      }
      // One pair scoring per counterpart: give waiting requests a turn in between.
      await new Promise((resolve) => setImmediate(resolve));
      const hit = pair.score(theirs, Math.min(...listening.map((member) => thresholdOf(member)!)));
      const recipients = hit ? listening.filter((member) => hit.score >= thresholdOf(member)!) : [];
      if (hit && recipients.length > 0) {
        alerts.push({ key: pair.key(theirs), recipients, message: pair.message(theirs, hit) });
      }
    }
    return alerts;
  }

  /** The active saved searches of this kind whose filters admit the listing and whose text it matches. */
  private async savedSearchAlerts(
    em: EntityManager,
    kind: ListingKindName,
    listing: Achievement | Demand,
    /** The listing's hit for the search (as its own result list would show it), or null below its threshold. */
    score: (search: SavedSearch) => MatchHit | null,
  ): Promise<Alert[]> {
    const [trl, modes] =
      listing instanceof Achievement
        ? [listing.trl ?? null, listing.transferModes]
        : [listing.minTrl ?? null, listing.cooperationModes];
    const rows = await em.execute<{ id: string }[]>(
      `select s.id from "saved_search" s join "app_user" u on u.id = s.owner_id
       where s.active and s.target = ? and not u.disabled
         and (u.organization_id is null or u.organization_id <> ?)
         and (cardinality(s.industry_chains) = 0 or ? = any(s.industry_chains))
         and (s.trl_min is null or s.trl_min <= ?::int)
         and (s.trl_max is null or s.trl_max >= ?::int)
         and (cardinality(s.modes) = 0 or s.modes && string_to_array(?, ','))`,
      [
        kind === 'Achievement' ? SavedSearchTarget.ACHIEVEMENT : SavedSearchTarget.DEMAND,
        listing.owner.id,
        listing.industryChain,
        trl,
        trl,
        modes.join(','),
      ],
    );
    if (rows.length === 0) {
      return [];
    }
    const searches = await em.find(
      SavedSearch,
      { id: { $in: rows.map((row) => row.id) } },
      { populate: ['owner'] },
    );
    const alerts: Alert[] = [];
    for (const search of searches) {
      await new Promise((resolve) => setImmediate(resolve));
      const hit = score(search);
      if (hit) {
        alerts.push({
          key: searchKey(search.id, listing.id),
          recipients: [search.owner],
          message: savedSearchMessage(kind, listing, search, hit),
        });
      }
    }
    return alerts;
  }

  /** Claims each (recipient, key) and notifies only the claims this transaction won. */
  private async deliver(em: EntityManager, alerts: Alert[], queued: string[]): Promise<number> {
    const claims = [
      ...new Map(
        alerts.flatMap((alert) =>
          alert.recipients.map((user) => [`${user.id} ${alert.key}`, [user.id, alert.key]]),
        ),
      ).values(),
    ];
    return em.transactional(async (tx) => {
      if (queued.length > 0) {
        await tx.execute(
          `delete from "alert_queue" where "id" in (${queued.map(() => '?').join(', ')})`,
          queued,
        );
      }
      if (claims.length === 0) {
        return 0;
      }
      const won = new Set<string>();
      for (let start = 0; start < claims.length; start += CLAIM_BATCH) {
        const batch = claims.slice(start, start + CLAIM_BATCH);
        const rows = await tx.execute<{ recipient_id: string; alert_key: string }[]>(
          `insert into "alert_delivery" ("recipient_id", "alert_key") values ${batch.map(() => '(?, ?)').join(', ')}
           on conflict do nothing returning "recipient_id", "alert_key"`,
          batch.flat(),
        );
        rows.forEach((row) => won.add(`${row.recipient_id} ${row.alert_key}`));
      }
      let sent = 0;
      for (const alert of alerts) {
        const recipients = alert.recipients.filter((user) => won.delete(`${user.id} ${alert.key}`));
        sent += notify(tx, recipients, alert.message);
      }
      return sent;
    });
  }
}

/** A saved search as the demand it stands for: its text, TRL floor and modes; the listing's chain. */
function searchAsDemand(search: SavedSearch, listing: Achievement): DemandDoc {
  return {
    id: `saved-search:${search.id}`,
    title: search.query,
    description: search.query,
    keywords: [],
    // The chain filter has already admitted the listing; it is not a preference beyond that.
    industryChain: listing.industryChain,
    minTrl: search.trlMin ?? null,
    budgetWan: null,
    cooperationModes: search.modes,
    deadline: null,
  };
}

/** A saved search as the achievement it stands for. */
function searchAsAchievement(search: SavedSearch, listing: Demand): AchievementDoc {
  return {
    id: `saved-search:${search.id}`,
    title: search.query,
    summary: search.query,
    keywords: [],
    industryChain: listing.industryChain,
    trl: null,
    transferModes: search.modes,
    askingPriceWan: null,
  };
}
