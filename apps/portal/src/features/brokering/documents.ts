import { graphql } from '../../gql';

export const MatchFieldsFragment = graphql(`
  fragment MatchFields on Match {
    id
    stage
    stageLabel
    version
    origin
    score
    overdue
    followUpDueAt
    stageEnteredAt
    revealedAt
    interestedSide
    viewerSide
    availableActions
    closeReason
    closeNote
    createdAt
    updatedAt
    demand {
      id
      title
      enterprise
      industryChain
      budgetWan
      disclosed
      contactName
      contactPhone
      contactEmail
      confidentialDetail
      organization {
        id
        name
      }
    }
    achievement {
      id
      title
      institution
      industryChain
      trl
      askingPriceWan
      disclosed
      contactName
      contactPhone
      contactEmail
      confidentialDetail
      organization {
        id
        name
      }
    }
  }
`);

export const MatchesDocument = graphql(`
  query Matches($filter: MatchFilter, $first: Int!, $offset: Int!) {
    matches(filter: $filter, first: $first, offset: $offset) {
      ...MatchFields
    }
  }
`);

export const MatchDocument = graphql(`
  query Match($id: ID!) {
    match(id: $id) {
      ...MatchFields
      interests {
        id
        side
        note
        at
        organization {
          id
          name
        }
      }
      events {
        id
        action
        actorLabel
        at
        fromStage
        toStage
        note
        side
      }
      contracts {
        id
        title
        type
        amountWan
        signedOn
        status
      }
      event {
        id
        title
      }
    }
  }
`);

export const OverdueMatchesDocument = graphql(`
  query OverdueMatches {
    overdueMatches {
      id
    }
  }
`);

export const ExpressInterestDocument = graphql(`
  mutation ExpressInterest($input: ExpressInterestInput!) {
    expressInterest(input: $input) {
      ...MatchFields
    }
  }
`);

export const ProposeMatchDocument = graphql(`
  mutation ProposeMatch($input: ProposeMatchInput!) {
    proposeMatch(input: $input) {
      ...MatchFields
    }
  }
`);

export const ScheduleMeetingDocument = graphql(`
  mutation ScheduleMeeting($id: ID!, $input: MatchStepInput) {
    scheduleMeeting(id: $id, input: $input) {
      ...MatchFields
    }
  }
`);

export const StartNegotiationDocument = graphql(`
  mutation StartNegotiation($id: ID!, $input: MatchStepInput) {
    startNegotiation(id: $id, input: $input) {
      ...MatchFields
    }
  }
`);

export const CloseMatchDocument = graphql(`
  mutation CloseMatch($id: ID!, $input: CloseMatchInput!) {
    closeMatch(id: $id, input: $input) {
      ...MatchFields
    }
  }
`);

export const TechContractFieldsFragment = graphql(`
  fragment TechContractFields on TechContract {
    id
    title
    type
    amountWan
    signedOn
    status
    industryChain
    rejectReason
    confirmedAt
    challengeId
    version
    buyer {
      id
      name
    }
    seller {
      id
      name
    }
    match {
      id
    }
  }
`);

export const TechContractsDocument = graphql(`
  query TechContracts($filter: TechContractFilter) {
    techContracts(filter: $filter) {
      ...TechContractFields
    }
  }
`);

export const RegisterTechContractDocument = graphql(`
  mutation RegisterTechContract($input: TechContractInput!) {
    registerTechContract(input: $input) {
      ...TechContractFields
    }
  }
`);

export const SubmitTechContractDocument = graphql(`
  mutation SubmitTechContract($input: TechContractInput!) {
    submitTechContract(input: $input) {
      ...TechContractFields
    }
  }
`);

export const ConfirmTechContractDocument = graphql(`
  mutation ConfirmTechContract($id: ID!, $expectedVersion: Int) {
    confirmTechContract(id: $id, expectedVersion: $expectedVersion) {
      ...TechContractFields
    }
  }
`);

export const RejectTechContractDocument = graphql(`
  mutation RejectTechContract($id: ID!, $reason: String!, $expectedVersion: Int) {
    rejectTechContract(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      ...TechContractFields
    }
  }
`);

export const OrganizationsDocument = graphql(`
  query Organizations($kind: OrganizationKind) {
    organizations(kind: $kind) {
      id
      name
      kind
    }
  }
`);

export const MatchmakingEventFieldsFragment = graphql(`
  fragment MatchmakingEventFields on MatchmakingEvent {
    id
    title
    kind
    kindLabel
    startsAt
    place
    description
    attendeeCount
    invitedOrganizations {
      id
      name
    }
    attendedOrganizations {
      id
      name
    }
    version
  }
`);

export const MatchmakingEventsDocument = graphql(`
  query MatchmakingEvents($year: Int) {
    matchmakingEvents(year: $year) {
      ...MatchmakingEventFields
      matches {
        id
        stage
      }
    }
  }
`);

/** One event with the listings it presented and the matches it led to (those the viewer may see). */
export const MatchmakingEventDocument = graphql(`
  query MatchmakingEvent($id: ID!) {
    matchmakingEvent(id: $id) {
      ...MatchmakingEventFields
      achievements {
        id
        title
      }
      demands {
        id
        title
      }
      matches {
        id
        stage
        stageLabel
        demand {
          id
          title
        }
        achievement {
          id
          title
        }
      }
    }
  }
`);

/** The listings linked to an event, read when it is being changed (an update replaces them). */
export const MatchmakingEventLinksDocument = graphql(`
  query MatchmakingEventLinks($id: ID!) {
    matchmakingEvent(id: $id) {
      id
      version
      achievements {
        id
      }
      demands {
        id
      }
    }
  }
`);

export const UpdateMatchmakingEventDocument = graphql(`
  mutation UpdateMatchmakingEvent($id: ID!, $input: MatchmakingEventInput!, $expectedVersion: Int) {
    updateMatchmakingEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

export const RecordEventAttendanceDocument = graphql(`
  mutation RecordEventAttendance($id: ID!, $input: EventAttendanceInput!) {
    recordEventAttendance(id: $id, input: $input) {
      id
      attendeeCount
      attendedOrganizations {
        id
        name
      }
    }
  }
`);

export const CreateMatchmakingEventDocument = graphql(`
  mutation CreateMatchmakingEvent($input: MatchmakingEventInput!) {
    createMatchmakingEvent(input: $input) {
      id
      title
    }
  }
`);
