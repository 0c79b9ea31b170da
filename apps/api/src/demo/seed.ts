import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../modules/audit/audit.js';
import { seedBrokeringDemo } from '../modules/brokering/brokering.demo.js';
import { Achievement } from '../modules/achievement/achievement.entity.js';
import { Demand } from '../modules/demand/demand.entity.js';
import { seedChallengeDemo } from '../modules/challenge/challenge.demo.js';
import {
  type CloseReason,
  type IndustryChain,
  type IpType,
  ListingStatus,
  type TransferMode,
} from '../modules/listing/listing.enums.js';
import type { Listing } from '../modules/listing/listing.entity.js';
import { Organization, type OrganizationKind } from '../modules/organization/organization.entity.js';
import { hashPassword } from '../modules/user/passwords.js';
import { type MembershipStatus, type Role, User } from '../modules/user/user.entity.js';
import {
  DEMO_PASSWORD,
  demoAchievements,
  demoDemands,
  demoOrganizations,
  demoUsers,
  type DemoAchievement,
  type DemoDemand,
} from './demo-data.js';

const DAY = 86_400_000;

/** Loads the project's demo data into an empty database, in one transaction. */
export async function seedDemo(em: EntityManager): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await em.transactional(async (tx) => {
    const orgs = new Map<string, Organization>();
    for (const org of demoOrganizations) {
      const { key, kind, ...rest } = org;
      orgs.set(key, tx.create(Organization, { ...rest, kind: kind as OrganizationKind }));
    }
    const orgOf = (key: string) => {
      const org = orgs.get(key);
      if (!org) {
        throw new Error(`demo data names an unknown organisation: ${key}`);
      }
      return org;
    };
    for (const user of demoUsers) {
      tx.create(User, {
        email: user.email,
        passwordHash,
        displayName: user.displayName,
        role: user.role as Role,
        organization: user.org ? orgOf(user.org) : null,
        membership: user.membership as MembershipStatus | null,
      });
    }
    const now = Date.now();
    const dated = <T extends Listing>(listing: T, index: number): T => {
      listing.createdAt = new Date(now - (60 - index) * 3 * DAY);
      listing.updatedAt = listing.createdAt;
      if (listing.status === ListingStatus.PUBLISHED || listing.status === ListingStatus.CLOSED) {
        listing.publishedAt = new Date(listing.createdAt.getTime() + 2 * DAY);
      }
      return listing;
    };
    demoAchievements.forEach((item: DemoAchievement, index) => {
      tx.persist(
        dated(
          tx.create(Achievement, {
            ...listingBase(item, orgOf(item.org)),
            summary: item.summary,
            trl: item.trl,
            ipType: item.ipType as IpType,
            transferModes: item.transferModes as TransferMode[],
            askingPriceWan: item.askingPriceWan,
            team: item.team,
          }),
          index,
        ),
      );
    });
    demoDemands.forEach((item: DemoDemand, index) => {
      tx.persist(
        dated(
          tx.create(Demand, {
            ...listingBase(item, orgOf(item.org)),
            description: item.description,
            minTrl: item.minTrl,
            budgetWan: item.budgetWan,
            cooperationModes: item.cooperationModes as TransferMode[],
            deadline: item.deadline,
          }),
          index,
        ),
      );
    });
    recordAudit(tx, {
      actorId: null,
      entityType: 'Database',
      entityId: 'demo',
      action: 'seed-demo',
      after: {
        organizations: demoOrganizations.length,
        users: demoUsers.length,
        achievements: demoAchievements.length,
        demands: demoDemands.length,
      },
    });
    await seedChallengeDemo(tx);
    await seedBrokeringDemo(tx, orgs);
  });
}

function listingBase(item: DemoAchievement | DemoDemand, owner: Organization) {
  return {
    externalId: `demo-${item.key}`,
    title: item.title,
    keywords: item.keywords,
    industryChain: item.industryChain as IndustryChain,
    status: item.status as ListingStatus,
    owner,
    contactName: item.contactName,
    contactPhone: item.contactPhone,
    contactEmail: item.contactEmail,
    confidentialDetail: item.confidentialDetail,
    rejectReason: item.rejectReason ?? null,
    closeReason: (item.closeReason as CloseReason | undefined) ?? null,
  };
}
