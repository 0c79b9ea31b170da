import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { Achievement } from '../achievement/achievement.entity.js';
import { Demand } from '../demand/demand.entity.js';
import { ListingStatus } from '../listing/listing.enums.js';
import { AlertQueue } from './alert-queue.entity.js';

/**
 * Queues a listing's alerts in the same flush, hence the same transaction, that creates or changes it
 * while PUBLISHED — whichever code path wrote it (an edit, a review, a bulk import, the demo data).
 */
export class AlertQueueSubscriber implements EventSubscriber {
  onFlush({ em, uow }: FlushEventArgs): void {
    for (const changeSet of uow.getChangeSets()) {
      const listing = changeSet.entity;
      if (
        (changeSet.type !== ChangeSetType.CREATE && changeSet.type !== ChangeSetType.UPDATE) ||
        !(listing instanceof Achievement || listing instanceof Demand) ||
        listing.status !== ListingStatus.PUBLISHED
      ) {
        continue;
      }
      const row = em.create(AlertQueue, {
        listingKind: listing instanceof Achievement ? 'Achievement' : 'Demand',
        listingId: listing.id,
      });
      uow.computeChangeSet(row);
    }
  }
}
