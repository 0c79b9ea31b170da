import type { MatchHit } from '@ttp/matching';
import type { Listing } from '../listing/listing.entity.js';
import type { ListingKindName } from '../listing/listing-kind.js';
import type { NotificationMessage } from '../notification/index.js';
import { ALERT_KINDS } from './alerts.enums.js';
import type { SavedSearch } from './saved-search.entity.js';

const LABELS: Record<ListingKindName, string> = { Achievement: '成果', Demand: '需求' };

const short = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max)}…` : text);

function topReason(hit: MatchHit): string {
  const reason = hit.reasons[0]?.trim() || '内容相近';
  return /[。！？.!?]$/.test(reason) ? reason : `${reason}。`;
}

/** To the members of an organisation whose published listing a newly published one matches. */
export function listingMatchMessage(
  kind: ListingKindName,
  listing: Listing,
  theirs: Listing,
  hit: MatchHit,
): NotificationMessage {
  const label = LABELS[kind];
  const theirLabel = LABELS[kind === 'Achievement' ? 'Demand' : 'Achievement'];
  return {
    kind: ALERT_KINDS.listingMatch,
    title: `新${label}匹配贵单位的${theirLabel}：${short(listing.title)}`,
    body:
      `新发布的${label}“${listing.title}”与贵单位的${theirLabel}“${theirs.title}”匹配度 ${hit.score} 分。` +
      `主要理由：${topReason(hit)}`,
    entityType: kind,
    entityId: listing.id,
  };
}

/** To the owner of a saved search that a newly published listing matches. */
export function savedSearchMessage(
  kind: ListingKindName,
  listing: Listing,
  search: SavedSearch,
  hit: MatchHit,
): NotificationMessage {
  const label = LABELS[kind];
  return {
    kind: ALERT_KINDS.savedSearch,
    title: `订阅“${short(search.name, 20)}”有新${label}：${short(listing.title)}`,
    body:
      `新发布的${label}“${listing.title}”符合您的订阅“${search.name}”，匹配度 ${hit.score} 分。` +
      `主要理由：${topReason(hit)}`,
    entityType: kind,
    entityId: listing.id,
  };
}
