import { graphql } from '../../gql';

export const AchievementFieldsFragment = graphql(`
  fragment AchievementFields on Achievement {
    id
    externalId
    title
    summary
    keywords
    industryChain
    trl
    ipType
    transferModes
    askingPriceWan
    institution
    team
    status
    rejectReason
    closeReason
    version
    createdAt
    updatedAt
    publishedAt
    disclosed
    contactName
    contactPhone
    contactEmail
    confidentialDetail
    organization {
      id
      name
      kind
    }
  }
`);

export const DemandFieldsFragment = graphql(`
  fragment DemandFields on Demand {
    id
    externalId
    title
    description
    keywords
    industryChain
    minTrl
    budgetWan
    cooperationModes
    deadline
    enterprise
    status
    rejectReason
    closeReason
    version
    createdAt
    updatedAt
    publishedAt
    disclosed
    contactName
    contactPhone
    contactEmail
    confidentialDetail
    organization {
      id
      name
      kind
    }
  }
`);

export const AchievementsDocument = graphql(`
  query Achievements($first: Int!, $after: String, $filter: ListingFilter) {
    achievements(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AchievementFields
        }
      }
    }
  }
`);

export const DemandsDocument = graphql(`
  query Demands($first: Int!, $after: String, $filter: ListingFilter) {
    demands(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...DemandFields
        }
      }
    }
  }
`);

export const AchievementDocument = graphql(`
  query Achievement($id: ID!) {
    achievement(id: $id) {
      ...AchievementFields
    }
  }
`);

export const DemandDocument = graphql(`
  query Demand($id: ID!) {
    demand(id: $id) {
      ...DemandFields
    }
  }
`);

export const CreateAchievementDocument = graphql(`
  mutation CreateAchievement($input: AchievementInput!) {
    createAchievement(input: $input) {
      ...AchievementFields
    }
  }
`);

export const UpdateAchievementDocument = graphql(`
  mutation UpdateAchievement($id: ID!, $input: AchievementInput!, $expectedVersion: Int) {
    updateAchievement(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...AchievementFields
    }
  }
`);

export const CreateDemandDocument = graphql(`
  mutation CreateDemand($input: DemandInput!) {
    createDemand(input: $input) {
      ...DemandFields
    }
  }
`);

export const UpdateDemandDocument = graphql(`
  mutation UpdateDemand($id: ID!, $input: DemandInput!, $expectedVersion: Int) {
    updateDemand(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...DemandFields
    }
  }
`);

export const MatchesForDemandDocument = graphql(`
  query MatchesForDemand($demandId: ID!, $first: Int, $industryChains: [IndustryChain!], $minScore: Float) {
    matchesForDemand(
      demandId: $demandId
      first: $first
      industryChains: $industryChains
      minScore: $minScore
    ) {
      score
      reasons
      achievement {
        id
        title
        summary
        industryChain
        trl
        askingPriceWan
        transferModes
        institution
        status
      }
    }
  }
`);

export const MatchesForAchievementDocument = graphql(`
  query MatchesForAchievement(
    $achievementId: ID!
    $first: Int
    $industryChains: [IndustryChain!]
    $minScore: Float
  ) {
    matchesForAchievement(
      achievementId: $achievementId
      first: $first
      industryChains: $industryChains
      minScore: $minScore
    ) {
      score
      reasons
      demand {
        id
        title
        description
        industryChain
        minTrl
        budgetWan
        cooperationModes
        deadline
        enterprise
        status
      }
    }
  }
`);
