import { describe, expect, it } from 'vitest';
import type { ListingStatus } from '../../gql/graphql';
import { abilitiesOf } from '../session/session';
import { bureauMe, enterpriseMe, pendingMe } from '../../testing/fixtures';
import { availableActions } from './listing-actions';

const listing = (status: ListingStatus, owner = 'org-jinxi') => ({
  id: 'd',
  status,
  version: 1,
  organization: { id: owner },
});
const owner = abilitiesOf(enterpriseMe);
const bureau = abilitiesOf(bureauMe);

describe('availableActions follows the listing lifecycle', () => {
  it('lets the owner submit a draft, withdraw a submission and close a published listing', () => {
    expect(availableActions(listing('DRAFT'), owner, 'org-jinxi')).toEqual({
      actions: ['submit'],
      canEdit: true,
    });
    expect(availableActions(listing('SUBMITTED'), owner, 'org-jinxi')).toEqual({
      actions: ['withdraw'],
      canEdit: false,
    });
    expect(availableActions(listing('PUBLISHED'), owner, 'org-jinxi')).toEqual({
      actions: ['close'],
      canEdit: true,
    });
    expect(availableActions(listing('REJECTED'), owner, 'org-jinxi')).toEqual({ actions: [], canEdit: true });
    expect(availableActions(listing('CLOSED'), owner, 'org-jinxi')).toEqual({ actions: [], canEdit: false });
  });

  it('lets the bureau publish or reject a submission and reopen a closed listing', () => {
    expect(availableActions(listing('SUBMITTED'), bureau, 'org-bureau').actions).toEqual([
      'publish',
      'reject',
    ]);
    expect(availableActions(listing('CLOSED'), bureau, 'org-bureau').actions).toEqual(['reopen']);
    expect(availableActions(listing('DRAFT'), bureau, 'org-bureau')).toEqual({ actions: [], canEdit: false });
  });

  it('offers nothing to another organisation or to a pending member', () => {
    expect(availableActions(listing('DRAFT', 'org-other'), owner, 'org-jinxi')).toEqual({
      actions: [],
      canEdit: false,
    });
    expect(availableActions(listing('DRAFT'), abilitiesOf(pendingMe), 'org-jinxi')).toEqual({
      actions: [],
      canEdit: false,
    });
  });
});
