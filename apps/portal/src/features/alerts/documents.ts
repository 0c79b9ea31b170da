import { graphql } from '../../gql';

export const SavedSearchFieldsFragment = graphql(`
  fragment SavedSearchFields on SavedSearch {
    id
    name
    query
    target
    industryChains
    trlMin
    trlMax
    modes
    threshold
    active
    updatedAt
  }
`);

export const SavedSearchesDocument = graphql(`
  query SavedSearches {
    savedSearches {
      ...SavedSearchFields
    }
  }
`);

export const CreateSavedSearchDocument = graphql(`
  mutation CreateSavedSearch($input: SavedSearchInput!) {
    createSavedSearch(input: $input) {
      ...SavedSearchFields
    }
  }
`);

export const UpdateSavedSearchDocument = graphql(`
  mutation UpdateSavedSearch($id: ID!, $input: SavedSearchInput!) {
    updateSavedSearch(id: $id, input: $input) {
      ...SavedSearchFields
    }
  }
`);

export const DeleteSavedSearchDocument = graphql(`
  mutation DeleteSavedSearch($id: ID!) {
    deleteSavedSearch(id: $id)
  }
`);

export const AlertSettingsDocument = graphql(`
  query AlertSettings {
    alertSettings {
      threshold
      listingAlerts
    }
  }
`);

export const UpdateAlertSettingsDocument = graphql(`
  mutation UpdateAlertSettings($input: AlertSettingsInput!) {
    updateAlertSettings(input: $input) {
      threshold
      listingAlerts
    }
  }
`);
