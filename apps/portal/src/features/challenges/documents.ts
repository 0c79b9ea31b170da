import { graphql } from '../../gql';

export const ChallengeFieldsFragment = graphql(`
  fragment ChallengeFields on Challenge {
    id
    title
    background
    bountyWan
    applicationDeadline
    executionStart
    executionEnd
    eligibility
    industryChain
    status
    statusReason
    postedByBureau
    publishedAt
    awardedAt
    publicNoticeEndsOn
    contractId
    version
    createdAt
    updatedAt
    targets {
      indicator
      targetValue
      acceptanceMethod
    }
    criteria {
      name
      weight
    }
    organization {
      id
      name
    }
    winners {
      id
      name
    }
  }
`);

/** What a challenge card in a list shows: no nested lists, so a page of 50 stays cheap. */
export const ChallengeCardFieldsFragment = graphql(`
  fragment ChallengeCardFields on Challenge {
    id
    title
    background
    bountyWan
    applicationDeadline
    executionStart
    executionEnd
    industryChain
    status
    postedByBureau
    organization {
      id
      name
    }
  }
`);

export const ApplicationFieldsFragment = graphql(`
  fragment ApplicationFields on ChallengeApplication {
    id
    status
    proposal
    approach
    budgetWan
    plan
    feedback
    reviewerFeedback
    version
    createdAt
    updatedAt
    members {
      name
      title
      role
    }
    organization {
      id
      name
    }
  }
`);

export const MilestoneFieldsFragment = graphql(`
  fragment MilestoneFields on Milestone {
    id
    title
    deliverable
    plannedDate
    status
    evidence
    reviewNote
    submittedAt
    decidedAt
    version
    application {
      id
      organization {
        id
        name
      }
    }
  }
`);

export const ChallengesDocument = graphql(`
  query Challenges($filter: ChallengeFilter, $first: Int!, $offset: Int!) {
    challenges(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        ...ChallengeCardFields
      }
    }
  }
`);

export const ChallengeDocument = graphql(`
  query Challenge($id: ID!) {
    challenge(id: $id) {
      ...ChallengeFields
      myApplication {
        ...ApplicationFields
      }
      milestones {
        ...MilestoneFields
      }
    }
  }
`);

export const ChallengeApplicationsDocument = graphql(`
  query ChallengeApplications($challengeId: ID!) {
    challengeApplications(challengeId: $challengeId) {
      ...ApplicationFields
    }
  }
`);

export const MyChallengeApplicationsDocument = graphql(`
  query MyChallengeApplications {
    myChallengeApplications {
      ...ApplicationFields
      challenge {
        id
        title
        status
        applicationDeadline
        bountyWan
        publicNoticeEndsOn
      }
    }
  }
`);

export const ChallengeRankingDocument = graphql(`
  query ChallengeRanking($challengeId: ID!) {
    challengeRanking(challengeId: $challengeId) {
      rank
      score
      reviewCount
      assignedCount
      criterionMeans {
        criterion
        score
      }
      application {
        id
        status
        organization {
          id
          name
        }
      }
    }
  }
`);

export const ReviewAssignmentFieldsFragment = graphql(`
  fragment ReviewAssignmentFields on ReviewAssignment {
    id
    version
    createdAt
    expert {
      id
      displayName
      organization {
        id
        name
      }
    }
    application {
      ...ApplicationFields
    }
    challenge {
      id
      title
      status
      criteria {
        name
        weight
      }
    }
    review {
      scores {
        criterion
        score
      }
      weightedScore
      internalComment
      applicantFeedback
      submittedAt
    }
  }
`);

export const ReviewAssignmentsDocument = graphql(`
  query ReviewAssignments($challengeId: ID) {
    reviewAssignments(challengeId: $challengeId) {
      ...ReviewAssignmentFields
    }
  }
`);

export const ReviewAssignmentDocument = graphql(`
  query ReviewAssignment($id: ID!) {
    reviewAssignment(id: $id) {
      ...ReviewAssignmentFields
    }
  }
`);

export const CreateChallengeDocument = graphql(`
  mutation CreateChallenge($input: ChallengeInput!) {
    createChallenge(input: $input) {
      ...ChallengeFields
    }
  }
`);

export const UpdateChallengeDocument = graphql(`
  mutation UpdateChallenge($id: ID!, $input: ChallengeInput!, $expectedVersion: Int) {
    updateChallenge(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...ChallengeFields
    }
  }
`);

export const ApplyToChallengeDocument = graphql(`
  mutation ApplyToChallenge($challengeId: ID!, $input: ChallengeApplicationInput!) {
    applyToChallenge(challengeId: $challengeId, input: $input) {
      ...ApplicationFields
    }
  }
`);

export const UpdateChallengeApplicationDocument = graphql(`
  mutation UpdateChallengeApplication($id: ID!, $input: ChallengeApplicationInput!, $expectedVersion: Int) {
    updateChallengeApplication(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...ApplicationFields
    }
  }
`);

export const ShortlistApplicationDocument = graphql(`
  mutation ShortlistApplication($id: ID!) {
    shortlistChallengeApplication(id: $id) {
      ...ApplicationFields
    }
  }
`);

export const RejectApplicationDocument = graphql(`
  mutation RejectApplication($id: ID!, $feedback: String!) {
    rejectChallengeApplication(id: $id, feedback: $feedback) {
      ...ApplicationFields
    }
  }
`);

export const AssignReviewersDocument = graphql(`
  mutation AssignReviewers($challengeId: ID!, $assignments: [ReviewerAssignmentInput!]!) {
    assignReviewers(challengeId: $challengeId, assignments: $assignments) {
      id
    }
  }
`);

export const RemoveReviewAssignmentDocument = graphql(`
  mutation RemoveReviewAssignment($id: ID!) {
    removeReviewAssignment(id: $id)
  }
`);

export const CreateExpertAccountDocument = graphql(`
  mutation CreateExpertAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
      displayName
      email
      organization {
        id
        name
      }
    }
  }
`);

export const SubmitReviewDocument = graphql(`
  mutation SubmitReview($assignmentId: ID!, $input: ReviewInput!) {
    submitReview(assignmentId: $assignmentId, input: $input) {
      ...ReviewAssignmentFields
    }
  }
`);

export const AwardChallengeDocument = graphql(`
  mutation AwardChallenge($id: ID!, $input: AwardChallengeInput!) {
    awardChallenge(id: $id, input: $input) {
      ...ChallengeFields
    }
  }
`);

export const AddMilestoneDocument = graphql(`
  mutation AddMilestone($challengeId: ID!, $input: MilestoneInput!) {
    addChallengeMilestone(challengeId: $challengeId, input: $input) {
      ...MilestoneFields
    }
  }
`);

export const SubmitMilestoneDocument = graphql(`
  mutation SubmitMilestone($id: ID!, $evidence: String!) {
    submitMilestone(id: $id, evidence: $evidence) {
      ...MilestoneFields
    }
  }
`);

export const AcceptMilestoneDocument = graphql(`
  mutation AcceptMilestone($id: ID!, $note: String) {
    acceptMilestone(id: $id, note: $note) {
      ...MilestoneFields
    }
  }
`);

export const RejectMilestoneDocument = graphql(`
  mutation RejectMilestone($id: ID!, $reason: String!) {
    rejectMilestone(id: $id, reason: $reason) {
      ...MilestoneFields
    }
  }
`);

export const SubmitChallengeDocument = graphql(`
  mutation SubmitChallenge($id: ID!, $options: ChallengeTransitionInput) {
    submitChallenge(id: $id, options: $options) {
      ...ChallengeFields
    }
  }
`);

export const WithdrawChallengeDocument = graphql(`
  mutation WithdrawChallenge($id: ID!, $options: ChallengeTransitionInput) {
    withdrawChallenge(id: $id, options: $options) {
      ...ChallengeFields
    }
  }
`);

export const PublishChallengeDocument = graphql(`
  mutation PublishChallenge($id: ID!, $options: ChallengeTransitionInput) {
    publishChallenge(id: $id, options: $options) {
      ...ChallengeFields
    }
  }
`);

export const ReturnChallengeDocument = graphql(`
  mutation ReturnChallenge($id: ID!, $options: ChallengeTransitionInput) {
    returnChallenge(id: $id, options: $options) {
      ...ChallengeFields
    }
  }
`);

export const CloseChallengeApplicationsDocument = graphql(`
  mutation CloseChallengeApplications($id: ID!, $options: ChallengeTransitionInput) {
    closeChallengeApplications(id: $id, options: $options) {
      ...ChallengeFields
    }
  }
`);

export const StartChallengeEvaluationDocument = graphql(`
  mutation StartChallengeEvaluation($id: ID!, $options: ChallengeTransitionInput) {
    startChallengeEvaluation(id: $id, options: $options) {
      ...ChallengeFields
    }
  }
`);

export const StartChallengeExecutionDocument = graphql(`
  mutation StartChallengeExecution($id: ID!, $options: ChallengeTransitionInput) {
    startChallengeExecution(id: $id, options: $options) {
      ...ChallengeFields
    }
  }
`);

export const CompleteChallengeDocument = graphql(`
  mutation CompleteChallenge($id: ID!, $options: ChallengeTransitionInput) {
    completeChallenge(id: $id, options: $options) {
      ...ChallengeFields
    }
  }
`);

export const FailChallengeDocument = graphql(`
  mutation FailChallenge($id: ID!, $options: ChallengeTransitionInput) {
    failChallenge(id: $id, options: $options) {
      ...ChallengeFields
    }
  }
`);

export const CancelChallengeDocument = graphql(`
  mutation CancelChallenge($id: ID!, $options: ChallengeTransitionInput) {
    cancelChallenge(id: $id, options: $options) {
      ...ChallengeFields
    }
  }
`);

export const ChallengeCandidatesDocument = graphql(`
  query ChallengeCandidates($challengeId: ID!, $first: Int!) {
    challengeCandidates(challengeId: $challengeId, first: $first) {
      score
      reasons
      alreadyApplied
      organization {
        id
        name
      }
      achievement {
        id
        title
        trl
      }
    }
  }
`);

export const ExpertsDocument = graphql(`
  query Experts {
    experts {
      id
      displayName
      organization {
        id
        name
      }
    }
  }
`);
