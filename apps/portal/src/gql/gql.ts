/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment SavedSearchFields on SavedSearch {\n    id\n    name\n    query\n    target\n    industryChains\n    trlMin\n    trlMax\n    modes\n    threshold\n    active\n    updatedAt\n  }\n": typeof types.SavedSearchFieldsFragmentDoc,
    "\n  query SavedSearches {\n    savedSearches {\n      ...SavedSearchFields\n    }\n  }\n": typeof types.SavedSearchesDocument,
    "\n  mutation CreateSavedSearch($input: SavedSearchInput!) {\n    createSavedSearch(input: $input) {\n      ...SavedSearchFields\n    }\n  }\n": typeof types.CreateSavedSearchDocument,
    "\n  mutation UpdateSavedSearch($id: ID!, $input: SavedSearchInput!) {\n    updateSavedSearch(id: $id, input: $input) {\n      ...SavedSearchFields\n    }\n  }\n": typeof types.UpdateSavedSearchDocument,
    "\n  mutation DeleteSavedSearch($id: ID!) {\n    deleteSavedSearch(id: $id)\n  }\n": typeof types.DeleteSavedSearchDocument,
    "\n  query AlertSettings {\n    alertSettings {\n      threshold\n      listingAlerts\n    }\n  }\n": typeof types.AlertSettingsDocument,
    "\n  mutation UpdateAlertSettings($input: AlertSettingsInput!) {\n    updateAlertSettings(input: $input) {\n      threshold\n      listingAlerts\n    }\n  }\n": typeof types.UpdateAlertSettingsDocument,
    "\n  fragment MatchFields on Match {\n    id\n    stage\n    stageLabel\n    version\n    origin\n    score\n    overdue\n    followUpDueAt\n    stageEnteredAt\n    revealedAt\n    interestedSide\n    viewerSide\n    availableActions\n    closeReason\n    closeNote\n    createdAt\n    updatedAt\n    demand {\n      id\n      title\n      enterprise\n      industryChain\n      budgetWan\n      disclosed\n      contactName\n      contactPhone\n      contactEmail\n      confidentialDetail\n      organization {\n        id\n        name\n      }\n    }\n    achievement {\n      id\n      title\n      institution\n      industryChain\n      trl\n      askingPriceWan\n      disclosed\n      contactName\n      contactPhone\n      contactEmail\n      confidentialDetail\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MatchFieldsFragmentDoc,
    "\n  query Matches($filter: MatchFilter, $first: Int!, $offset: Int!) {\n    matches(filter: $filter, first: $first, offset: $offset) {\n      ...MatchFields\n    }\n  }\n": typeof types.MatchesDocument,
    "\n  query Match($id: ID!) {\n    match(id: $id) {\n      ...MatchFields\n      interests {\n        id\n        side\n        note\n        at\n        organization {\n          id\n          name\n        }\n      }\n      events {\n        id\n        action\n        actorLabel\n        at\n        fromStage\n        toStage\n        note\n        side\n      }\n      contracts {\n        id\n        title\n        type\n        amountWan\n        signedOn\n        status\n      }\n      event {\n        id\n        title\n      }\n    }\n  }\n": typeof types.MatchDocument,
    "\n  query OverdueMatches {\n    overdueMatches {\n      id\n    }\n  }\n": typeof types.OverdueMatchesDocument,
    "\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      ...MatchFields\n    }\n  }\n": typeof types.ExpressInterestDocument,
    "\n  mutation ProposeMatch($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      ...MatchFields\n    }\n  }\n": typeof types.ProposeMatchDocument,
    "\n  mutation ScheduleMeeting($id: ID!, $input: MatchStepInput) {\n    scheduleMeeting(id: $id, input: $input) {\n      ...MatchFields\n    }\n  }\n": typeof types.ScheduleMeetingDocument,
    "\n  mutation StartNegotiation($id: ID!, $input: MatchStepInput) {\n    startNegotiation(id: $id, input: $input) {\n      ...MatchFields\n    }\n  }\n": typeof types.StartNegotiationDocument,
    "\n  mutation CloseMatch($id: ID!, $input: CloseMatchInput!) {\n    closeMatch(id: $id, input: $input) {\n      ...MatchFields\n    }\n  }\n": typeof types.CloseMatchDocument,
    "\n  fragment TechContractFields on TechContract {\n    id\n    title\n    type\n    amountWan\n    signedOn\n    status\n    industryChain\n    rejectReason\n    confirmedAt\n    challengeId\n    version\n    buyer {\n      id\n      name\n    }\n    seller {\n      id\n      name\n    }\n    match {\n      id\n    }\n  }\n": typeof types.TechContractFieldsFragmentDoc,
    "\n  query TechContracts($filter: TechContractFilter) {\n    techContracts(filter: $filter) {\n      ...TechContractFields\n    }\n  }\n": typeof types.TechContractsDocument,
    "\n  mutation RegisterTechContract($input: TechContractInput!) {\n    registerTechContract(input: $input) {\n      ...TechContractFields\n    }\n  }\n": typeof types.RegisterTechContractDocument,
    "\n  mutation SubmitTechContract($input: TechContractInput!) {\n    submitTechContract(input: $input) {\n      ...TechContractFields\n    }\n  }\n": typeof types.SubmitTechContractDocument,
    "\n  mutation ConfirmTechContract($id: ID!, $expectedVersion: Int) {\n    confirmTechContract(id: $id, expectedVersion: $expectedVersion) {\n      ...TechContractFields\n    }\n  }\n": typeof types.ConfirmTechContractDocument,
    "\n  mutation RejectTechContract($id: ID!, $reason: String!, $expectedVersion: Int) {\n    rejectTechContract(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...TechContractFields\n    }\n  }\n": typeof types.RejectTechContractDocument,
    "\n  query Organizations($kind: OrganizationKind) {\n    organizations(kind: $kind) {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.OrganizationsDocument,
    "\n  fragment MatchmakingEventFields on MatchmakingEvent {\n    id\n    title\n    kind\n    kindLabel\n    startsAt\n    place\n    description\n    attendeeCount\n    invitedOrganizations {\n      id\n      name\n    }\n    attendedOrganizations {\n      id\n      name\n    }\n    version\n  }\n": typeof types.MatchmakingEventFieldsFragmentDoc,
    "\n  query MatchmakingEvents($year: Int) {\n    matchmakingEvents(year: $year) {\n      ...MatchmakingEventFields\n      matches {\n        id\n        stage\n      }\n    }\n  }\n": typeof types.MatchmakingEventsDocument,
    "\n  query MatchmakingEvent($id: ID!) {\n    matchmakingEvent(id: $id) {\n      ...MatchmakingEventFields\n      achievements {\n        id\n        title\n      }\n      demands {\n        id\n        title\n      }\n      matches {\n        id\n        stage\n        stageLabel\n        demand {\n          id\n          title\n        }\n        achievement {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.MatchmakingEventDocument,
    "\n  query MatchmakingEventLinks($id: ID!) {\n    matchmakingEvent(id: $id) {\n      id\n      version\n      achievements {\n        id\n      }\n      demands {\n        id\n      }\n    }\n  }\n": typeof types.MatchmakingEventLinksDocument,
    "\n  mutation UpdateMatchmakingEvent($id: ID!, $input: MatchmakingEventInput!, $expectedVersion: Int) {\n    updateMatchmakingEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateMatchmakingEventDocument,
    "\n  mutation RecordEventAttendance($id: ID!, $input: EventAttendanceInput!) {\n    recordEventAttendance(id: $id, input: $input) {\n      id\n      attendeeCount\n      attendedOrganizations {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RecordEventAttendanceDocument,
    "\n  mutation CreateMatchmakingEvent($input: MatchmakingEventInput!) {\n    createMatchmakingEvent(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateMatchmakingEventDocument,
    "\n  fragment ChallengeFields on Challenge {\n    id\n    title\n    background\n    bountyWan\n    applicationDeadline\n    executionStart\n    executionEnd\n    eligibility\n    industryChain\n    status\n    statusReason\n    postedByBureau\n    publishedAt\n    awardedAt\n    publicNoticeEndsOn\n    contractId\n    version\n    createdAt\n    updatedAt\n    targets {\n      indicator\n      targetValue\n      acceptanceMethod\n    }\n    criteria {\n      name\n      weight\n    }\n    organization {\n      id\n      name\n    }\n    winners {\n      id\n      name\n    }\n  }\n": typeof types.ChallengeFieldsFragmentDoc,
    "\n  fragment ChallengeCardFields on Challenge {\n    id\n    title\n    background\n    bountyWan\n    applicationDeadline\n    executionStart\n    executionEnd\n    industryChain\n    status\n    postedByBureau\n    organization {\n      id\n      name\n    }\n  }\n": typeof types.ChallengeCardFieldsFragmentDoc,
    "\n  fragment ApplicationFields on ChallengeApplication {\n    id\n    status\n    proposal\n    approach\n    budgetWan\n    plan\n    feedback\n    reviewerFeedback\n    version\n    createdAt\n    updatedAt\n    members {\n      name\n      title\n      role\n    }\n    organization {\n      id\n      name\n    }\n  }\n": typeof types.ApplicationFieldsFragmentDoc,
    "\n  fragment MilestoneFields on Milestone {\n    id\n    title\n    deliverable\n    plannedDate\n    status\n    evidence\n    reviewNote\n    submittedAt\n    decidedAt\n    version\n    application {\n      id\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MilestoneFieldsFragmentDoc,
    "\n  query Challenges($filter: ChallengeFilter, $first: Int!, $offset: Int!) {\n    challenges(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ...ChallengeCardFields\n      }\n    }\n  }\n": typeof types.ChallengesDocument,
    "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      ...ChallengeFields\n      myApplication {\n        ...ApplicationFields\n      }\n      milestones {\n        ...MilestoneFields\n      }\n    }\n  }\n": typeof types.ChallengeDocument,
    "\n  query ChallengeApplications($challengeId: ID!) {\n    challengeApplications(challengeId: $challengeId) {\n      ...ApplicationFields\n    }\n  }\n": typeof types.ChallengeApplicationsDocument,
    "\n  query MyChallengeApplications {\n    myChallengeApplications {\n      ...ApplicationFields\n      challenge {\n        id\n        title\n        status\n        applicationDeadline\n        bountyWan\n        publicNoticeEndsOn\n      }\n    }\n  }\n": typeof types.MyChallengeApplicationsDocument,
    "\n  query ChallengeRanking($challengeId: ID!) {\n    challengeRanking(challengeId: $challengeId) {\n      rank\n      score\n      reviewCount\n      assignedCount\n      criterionMeans {\n        criterion\n        score\n      }\n      application {\n        id\n        status\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ChallengeRankingDocument,
    "\n  fragment ReviewAssignmentFields on ReviewAssignment {\n    id\n    version\n    createdAt\n    expert {\n      id\n      displayName\n      organization {\n        id\n        name\n      }\n    }\n    application {\n      ...ApplicationFields\n    }\n    challenge {\n      id\n      title\n      status\n      criteria {\n        name\n        weight\n      }\n    }\n    review {\n      scores {\n        criterion\n        score\n      }\n      weightedScore\n      internalComment\n      applicantFeedback\n      submittedAt\n    }\n  }\n": typeof types.ReviewAssignmentFieldsFragmentDoc,
    "\n  query ReviewAssignments($challengeId: ID) {\n    reviewAssignments(challengeId: $challengeId) {\n      ...ReviewAssignmentFields\n    }\n  }\n": typeof types.ReviewAssignmentsDocument,
    "\n  query ReviewAssignment($id: ID!) {\n    reviewAssignment(id: $id) {\n      ...ReviewAssignmentFields\n    }\n  }\n": typeof types.ReviewAssignmentDocument,
    "\n  mutation CreateChallenge($input: ChallengeInput!) {\n    createChallenge(input: $input) {\n      ...ChallengeFields\n    }\n  }\n": typeof types.CreateChallengeDocument,
    "\n  mutation UpdateChallenge($id: ID!, $input: ChallengeInput!, $expectedVersion: Int) {\n    updateChallenge(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ChallengeFields\n    }\n  }\n": typeof types.UpdateChallengeDocument,
    "\n  mutation ApplyToChallenge($challengeId: ID!, $input: ChallengeApplicationInput!) {\n    applyToChallenge(challengeId: $challengeId, input: $input) {\n      ...ApplicationFields\n    }\n  }\n": typeof types.ApplyToChallengeDocument,
    "\n  mutation UpdateChallengeApplication($id: ID!, $input: ChallengeApplicationInput!, $expectedVersion: Int) {\n    updateChallengeApplication(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ApplicationFields\n    }\n  }\n": typeof types.UpdateChallengeApplicationDocument,
    "\n  mutation ShortlistApplication($id: ID!) {\n    shortlistChallengeApplication(id: $id) {\n      ...ApplicationFields\n    }\n  }\n": typeof types.ShortlistApplicationDocument,
    "\n  mutation RejectApplication($id: ID!, $feedback: String!) {\n    rejectChallengeApplication(id: $id, feedback: $feedback) {\n      ...ApplicationFields\n    }\n  }\n": typeof types.RejectApplicationDocument,
    "\n  mutation AssignReviewers($challengeId: ID!, $assignments: [ReviewerAssignmentInput!]!) {\n    assignReviewers(challengeId: $challengeId, assignments: $assignments) {\n      id\n    }\n  }\n": typeof types.AssignReviewersDocument,
    "\n  mutation RemoveReviewAssignment($id: ID!) {\n    removeReviewAssignment(id: $id)\n  }\n": typeof types.RemoveReviewAssignmentDocument,
    "\n  mutation CreateExpertAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      displayName\n      email\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateExpertAccountDocument,
    "\n  mutation SubmitReview($assignmentId: ID!, $input: ReviewInput!) {\n    submitReview(assignmentId: $assignmentId, input: $input) {\n      ...ReviewAssignmentFields\n    }\n  }\n": typeof types.SubmitReviewDocument,
    "\n  mutation AwardChallenge($id: ID!, $input: AwardChallengeInput!) {\n    awardChallenge(id: $id, input: $input) {\n      ...ChallengeFields\n    }\n  }\n": typeof types.AwardChallengeDocument,
    "\n  mutation AddMilestone($challengeId: ID!, $input: MilestoneInput!) {\n    addChallengeMilestone(challengeId: $challengeId, input: $input) {\n      ...MilestoneFields\n    }\n  }\n": typeof types.AddMilestoneDocument,
    "\n  mutation SubmitMilestone($id: ID!, $evidence: String!) {\n    submitMilestone(id: $id, evidence: $evidence) {\n      ...MilestoneFields\n    }\n  }\n": typeof types.SubmitMilestoneDocument,
    "\n  mutation AcceptMilestone($id: ID!, $note: String) {\n    acceptMilestone(id: $id, note: $note) {\n      ...MilestoneFields\n    }\n  }\n": typeof types.AcceptMilestoneDocument,
    "\n  mutation RejectMilestone($id: ID!, $reason: String!) {\n    rejectMilestone(id: $id, reason: $reason) {\n      ...MilestoneFields\n    }\n  }\n": typeof types.RejectMilestoneDocument,
    "\n  mutation SubmitChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    submitChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n": typeof types.SubmitChallengeDocument,
    "\n  mutation WithdrawChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    withdrawChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n": typeof types.WithdrawChallengeDocument,
    "\n  mutation PublishChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    publishChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n": typeof types.PublishChallengeDocument,
    "\n  mutation ReturnChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    returnChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n": typeof types.ReturnChallengeDocument,
    "\n  mutation CloseChallengeApplications($id: ID!, $options: ChallengeTransitionInput) {\n    closeChallengeApplications(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n": typeof types.CloseChallengeApplicationsDocument,
    "\n  mutation StartChallengeEvaluation($id: ID!, $options: ChallengeTransitionInput) {\n    startChallengeEvaluation(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n": typeof types.StartChallengeEvaluationDocument,
    "\n  mutation StartChallengeExecution($id: ID!, $options: ChallengeTransitionInput) {\n    startChallengeExecution(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n": typeof types.StartChallengeExecutionDocument,
    "\n  mutation CompleteChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    completeChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n": typeof types.CompleteChallengeDocument,
    "\n  mutation FailChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    failChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n": typeof types.FailChallengeDocument,
    "\n  mutation CancelChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    cancelChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n": typeof types.CancelChallengeDocument,
    "\n  query ChallengeCandidates($challengeId: ID!, $first: Int!) {\n    challengeCandidates(challengeId: $challengeId, first: $first) {\n      score\n      reasons\n      alreadyApplied\n      organization {\n        id\n        name\n      }\n      achievement {\n        id\n        title\n        trl\n      }\n    }\n  }\n": typeof types.ChallengeCandidatesDocument,
    "\n  query Experts {\n    experts {\n      id\n      displayName\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ExpertsDocument,
    "\n  query Dashboard($year: Int!) {\n    turnoverReport(year: $year, granularity: QUARTER) {\n      year\n      targetGrowthPercent\n      total {\n        amountWan\n        contractCount\n        lastYearAmountWan\n        lastYearContractCount\n        growthPercent\n        meetsTarget\n        targetAmountWan\n      }\n      periods {\n        index\n        label\n        amountWan\n        lastYearAmountWan\n        targetAmountWan\n        contractCount\n        growthPercent\n        meetsTarget\n      }\n    }\n    matchFunnel(year: $year) {\n      total\n      closed\n      stages {\n        stage\n        label\n        reached\n        current\n        conversionPercent\n      }\n    }\n    kpiBreakdown(dimension: INDUSTRY_CHAIN, year: $year) {\n      key\n      label\n      matchCount\n      contractedMatchCount\n      contractCount\n      turnoverWan\n    }\n    universities: kpiBreakdown(dimension: UNIVERSITY, year: $year) {\n      key\n      label\n      matchCount\n      contractedMatchCount\n      contractCount\n      turnoverWan\n    }\n    stageDurations(year: $year) {\n      stage\n      label\n      medianDays\n      samples\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  fragment AchievementFields on Achievement {\n    id\n    externalId\n    title\n    summary\n    keywords\n    industryChain\n    trl\n    ipType\n    transferModes\n    askingPriceWan\n    institution\n    team\n    status\n    rejectReason\n    closeReason\n    version\n    createdAt\n    updatedAt\n    publishedAt\n    disclosed\n    contactName\n    contactPhone\n    contactEmail\n    confidentialDetail\n    organization {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.AchievementFieldsFragmentDoc,
    "\n  fragment DemandFields on Demand {\n    id\n    externalId\n    title\n    description\n    keywords\n    industryChain\n    minTrl\n    budgetWan\n    cooperationModes\n    deadline\n    enterprise\n    status\n    rejectReason\n    closeReason\n    version\n    createdAt\n    updatedAt\n    publishedAt\n    disclosed\n    contactName\n    contactPhone\n    contactEmail\n    confidentialDetail\n    organization {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.DemandFieldsFragmentDoc,
    "\n  query Achievements($first: Int!, $after: String, $filter: ListingFilter) {\n    achievements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AchievementFields\n        }\n      }\n    }\n  }\n": typeof types.AchievementsDocument,
    "\n  query Demands($first: Int!, $after: String, $filter: ListingFilter) {\n    demands(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DemandFields\n        }\n      }\n    }\n  }\n": typeof types.DemandsDocument,
    "\n  query Achievement($id: ID!) {\n    achievement(id: $id) {\n      ...AchievementFields\n    }\n  }\n": typeof types.AchievementDocument,
    "\n  query Demand($id: ID!) {\n    demand(id: $id) {\n      ...DemandFields\n    }\n  }\n": typeof types.DemandDocument,
    "\n  mutation CreateAchievement($input: AchievementInput!) {\n    createAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n": typeof types.CreateAchievementDocument,
    "\n  mutation UpdateAchievement($id: ID!, $input: AchievementInput!, $expectedVersion: Int) {\n    updateAchievement(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...AchievementFields\n    }\n  }\n": typeof types.UpdateAchievementDocument,
    "\n  mutation CreateDemand($input: DemandInput!) {\n    createDemand(input: $input) {\n      ...DemandFields\n    }\n  }\n": typeof types.CreateDemandDocument,
    "\n  mutation UpdateDemand($id: ID!, $input: DemandInput!, $expectedVersion: Int) {\n    updateDemand(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...DemandFields\n    }\n  }\n": typeof types.UpdateDemandDocument,
    "\n  query MatchesForDemand($demandId: ID!, $first: Int, $industryChains: [IndustryChain!], $minScore: Float) {\n    matchesForDemand(\n      demandId: $demandId\n      first: $first\n      industryChains: $industryChains\n      minScore: $minScore\n    ) {\n      score\n      reasons\n      achievement {\n        id\n        title\n        summary\n        industryChain\n        trl\n        askingPriceWan\n        transferModes\n        institution\n        status\n      }\n    }\n  }\n": typeof types.MatchesForDemandDocument,
    "\n  query MatchesForAchievement(\n    $achievementId: ID!\n    $first: Int\n    $industryChains: [IndustryChain!]\n    $minScore: Float\n  ) {\n    matchesForAchievement(\n      achievementId: $achievementId\n      first: $first\n      industryChains: $industryChains\n      minScore: $minScore\n    ) {\n      score\n      reasons\n      demand {\n        id\n        title\n        description\n        industryChain\n        minTrl\n        budgetWan\n        cooperationModes\n        deadline\n        enterprise\n        status\n      }\n    }\n  }\n": typeof types.MatchesForAchievementDocument,
    "\n    mutation SubmitAchievement($id: ID!, $options: TransitionInput) {\n      submitAchievement(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  ": typeof types.SubmitAchievementDocument,
    "\n    mutation WithdrawAchievement($id: ID!, $options: TransitionInput) {\n      withdrawAchievement(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  ": typeof types.WithdrawAchievementDocument,
    "\n    mutation PublishAchievement($id: ID!, $options: TransitionInput) {\n      publishAchievement(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  ": typeof types.PublishAchievementDocument,
    "\n    mutation RejectAchievement($id: ID!, $options: TransitionInput) {\n      rejectAchievement(id: $id, options: $options) {\n        id\n        status\n        version\n        rejectReason\n      }\n    }\n  ": typeof types.RejectAchievementDocument,
    "\n    mutation CloseAchievement($id: ID!, $options: TransitionInput) {\n      closeAchievement(id: $id, options: $options) {\n        id\n        status\n        version\n        closeReason\n      }\n    }\n  ": typeof types.CloseAchievementDocument,
    "\n    mutation ReopenAchievement($id: ID!, $options: TransitionInput) {\n      reopenAchievement(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  ": typeof types.ReopenAchievementDocument,
    "\n    mutation SubmitDemand($id: ID!, $options: TransitionInput) {\n      submitDemand(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  ": typeof types.SubmitDemandDocument,
    "\n    mutation WithdrawDemand($id: ID!, $options: TransitionInput) {\n      withdrawDemand(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  ": typeof types.WithdrawDemandDocument,
    "\n    mutation PublishDemand($id: ID!, $options: TransitionInput) {\n      publishDemand(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  ": typeof types.PublishDemandDocument,
    "\n    mutation RejectDemand($id: ID!, $options: TransitionInput) {\n      rejectDemand(id: $id, options: $options) {\n        id\n        status\n        version\n        rejectReason\n      }\n    }\n  ": typeof types.RejectDemandDocument,
    "\n    mutation CloseDemand($id: ID!, $options: TransitionInput) {\n      closeDemand(id: $id, options: $options) {\n        id\n        status\n        version\n        closeReason\n      }\n    }\n  ": typeof types.CloseDemandDocument,
    "\n    mutation ReopenDemand($id: ID!, $options: TransitionInput) {\n      reopenDemand(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  ": typeof types.ReopenDemandDocument,
    "\n  query Notifications($unreadOnly: Boolean!) {\n    notifications(first: 50, unreadOnly: $unreadOnly) {\n      id\n      kind\n      title\n      body\n      createdAt\n      readAt\n      entityType\n      entityId\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      membership\n      createdAt\n      organization {\n        id\n        name\n        kind\n        verified\n        region\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation ImportAchievements($items: [AchievementImportInput!]!) {\n    importAchievements(items: $items) {\n      created\n      updated\n      items {\n        externalId\n        id\n      }\n      errors {\n        index\n        externalId\n        message\n      }\n    }\n  }\n": typeof types.ImportAchievementsDocument,
    "\n  mutation ImportDemands($items: [DemandImportInput!]!) {\n    importDemands(items: $items) {\n      created\n      updated\n      items {\n        externalId\n        id\n      }\n      errors {\n        index\n        externalId\n        message\n      }\n    }\n  }\n": typeof types.ImportDemandsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query PendingMembers {\n    pendingMembers {\n      id\n      email\n      displayName\n      createdAt\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.PendingMembersDocument,
    "\n  mutation ApproveMembership($userId: ID!) {\n    approveMembership(userId: $userId) {\n      id\n      membership\n    }\n  }\n": typeof types.ApproveMembershipDocument,
    "\n  mutation RejectMembership($userId: ID!) {\n    rejectMembership(userId: $userId) {\n      id\n      membership\n    }\n  }\n": typeof types.RejectMembershipDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      token\n    }\n  }\n": typeof types.RegisterDocument,
};
const documents: Documents = {
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment SavedSearchFields on SavedSearch {\n    id\n    name\n    query\n    target\n    industryChains\n    trlMin\n    trlMax\n    modes\n    threshold\n    active\n    updatedAt\n  }\n": types.SavedSearchFieldsFragmentDoc,
    "\n  query SavedSearches {\n    savedSearches {\n      ...SavedSearchFields\n    }\n  }\n": types.SavedSearchesDocument,
    "\n  mutation CreateSavedSearch($input: SavedSearchInput!) {\n    createSavedSearch(input: $input) {\n      ...SavedSearchFields\n    }\n  }\n": types.CreateSavedSearchDocument,
    "\n  mutation UpdateSavedSearch($id: ID!, $input: SavedSearchInput!) {\n    updateSavedSearch(id: $id, input: $input) {\n      ...SavedSearchFields\n    }\n  }\n": types.UpdateSavedSearchDocument,
    "\n  mutation DeleteSavedSearch($id: ID!) {\n    deleteSavedSearch(id: $id)\n  }\n": types.DeleteSavedSearchDocument,
    "\n  query AlertSettings {\n    alertSettings {\n      threshold\n      listingAlerts\n    }\n  }\n": types.AlertSettingsDocument,
    "\n  mutation UpdateAlertSettings($input: AlertSettingsInput!) {\n    updateAlertSettings(input: $input) {\n      threshold\n      listingAlerts\n    }\n  }\n": types.UpdateAlertSettingsDocument,
    "\n  fragment MatchFields on Match {\n    id\n    stage\n    stageLabel\n    version\n    origin\n    score\n    overdue\n    followUpDueAt\n    stageEnteredAt\n    revealedAt\n    interestedSide\n    viewerSide\n    availableActions\n    closeReason\n    closeNote\n    createdAt\n    updatedAt\n    demand {\n      id\n      title\n      enterprise\n      industryChain\n      budgetWan\n      disclosed\n      contactName\n      contactPhone\n      contactEmail\n      confidentialDetail\n      organization {\n        id\n        name\n      }\n    }\n    achievement {\n      id\n      title\n      institution\n      industryChain\n      trl\n      askingPriceWan\n      disclosed\n      contactName\n      contactPhone\n      contactEmail\n      confidentialDetail\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.MatchFieldsFragmentDoc,
    "\n  query Matches($filter: MatchFilter, $first: Int!, $offset: Int!) {\n    matches(filter: $filter, first: $first, offset: $offset) {\n      ...MatchFields\n    }\n  }\n": types.MatchesDocument,
    "\n  query Match($id: ID!) {\n    match(id: $id) {\n      ...MatchFields\n      interests {\n        id\n        side\n        note\n        at\n        organization {\n          id\n          name\n        }\n      }\n      events {\n        id\n        action\n        actorLabel\n        at\n        fromStage\n        toStage\n        note\n        side\n      }\n      contracts {\n        id\n        title\n        type\n        amountWan\n        signedOn\n        status\n      }\n      event {\n        id\n        title\n      }\n    }\n  }\n": types.MatchDocument,
    "\n  query OverdueMatches {\n    overdueMatches {\n      id\n    }\n  }\n": types.OverdueMatchesDocument,
    "\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      ...MatchFields\n    }\n  }\n": types.ExpressInterestDocument,
    "\n  mutation ProposeMatch($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      ...MatchFields\n    }\n  }\n": types.ProposeMatchDocument,
    "\n  mutation ScheduleMeeting($id: ID!, $input: MatchStepInput) {\n    scheduleMeeting(id: $id, input: $input) {\n      ...MatchFields\n    }\n  }\n": types.ScheduleMeetingDocument,
    "\n  mutation StartNegotiation($id: ID!, $input: MatchStepInput) {\n    startNegotiation(id: $id, input: $input) {\n      ...MatchFields\n    }\n  }\n": types.StartNegotiationDocument,
    "\n  mutation CloseMatch($id: ID!, $input: CloseMatchInput!) {\n    closeMatch(id: $id, input: $input) {\n      ...MatchFields\n    }\n  }\n": types.CloseMatchDocument,
    "\n  fragment TechContractFields on TechContract {\n    id\n    title\n    type\n    amountWan\n    signedOn\n    status\n    industryChain\n    rejectReason\n    confirmedAt\n    challengeId\n    version\n    buyer {\n      id\n      name\n    }\n    seller {\n      id\n      name\n    }\n    match {\n      id\n    }\n  }\n": types.TechContractFieldsFragmentDoc,
    "\n  query TechContracts($filter: TechContractFilter) {\n    techContracts(filter: $filter) {\n      ...TechContractFields\n    }\n  }\n": types.TechContractsDocument,
    "\n  mutation RegisterTechContract($input: TechContractInput!) {\n    registerTechContract(input: $input) {\n      ...TechContractFields\n    }\n  }\n": types.RegisterTechContractDocument,
    "\n  mutation SubmitTechContract($input: TechContractInput!) {\n    submitTechContract(input: $input) {\n      ...TechContractFields\n    }\n  }\n": types.SubmitTechContractDocument,
    "\n  mutation ConfirmTechContract($id: ID!, $expectedVersion: Int) {\n    confirmTechContract(id: $id, expectedVersion: $expectedVersion) {\n      ...TechContractFields\n    }\n  }\n": types.ConfirmTechContractDocument,
    "\n  mutation RejectTechContract($id: ID!, $reason: String!, $expectedVersion: Int) {\n    rejectTechContract(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...TechContractFields\n    }\n  }\n": types.RejectTechContractDocument,
    "\n  query Organizations($kind: OrganizationKind) {\n    organizations(kind: $kind) {\n      id\n      name\n      kind\n    }\n  }\n": types.OrganizationsDocument,
    "\n  fragment MatchmakingEventFields on MatchmakingEvent {\n    id\n    title\n    kind\n    kindLabel\n    startsAt\n    place\n    description\n    attendeeCount\n    invitedOrganizations {\n      id\n      name\n    }\n    attendedOrganizations {\n      id\n      name\n    }\n    version\n  }\n": types.MatchmakingEventFieldsFragmentDoc,
    "\n  query MatchmakingEvents($year: Int) {\n    matchmakingEvents(year: $year) {\n      ...MatchmakingEventFields\n      matches {\n        id\n        stage\n      }\n    }\n  }\n": types.MatchmakingEventsDocument,
    "\n  query MatchmakingEvent($id: ID!) {\n    matchmakingEvent(id: $id) {\n      ...MatchmakingEventFields\n      achievements {\n        id\n        title\n      }\n      demands {\n        id\n        title\n      }\n      matches {\n        id\n        stage\n        stageLabel\n        demand {\n          id\n          title\n        }\n        achievement {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.MatchmakingEventDocument,
    "\n  query MatchmakingEventLinks($id: ID!) {\n    matchmakingEvent(id: $id) {\n      id\n      version\n      achievements {\n        id\n      }\n      demands {\n        id\n      }\n    }\n  }\n": types.MatchmakingEventLinksDocument,
    "\n  mutation UpdateMatchmakingEvent($id: ID!, $input: MatchmakingEventInput!, $expectedVersion: Int) {\n    updateMatchmakingEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": types.UpdateMatchmakingEventDocument,
    "\n  mutation RecordEventAttendance($id: ID!, $input: EventAttendanceInput!) {\n    recordEventAttendance(id: $id, input: $input) {\n      id\n      attendeeCount\n      attendedOrganizations {\n        id\n        name\n      }\n    }\n  }\n": types.RecordEventAttendanceDocument,
    "\n  mutation CreateMatchmakingEvent($input: MatchmakingEventInput!) {\n    createMatchmakingEvent(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateMatchmakingEventDocument,
    "\n  fragment ChallengeFields on Challenge {\n    id\n    title\n    background\n    bountyWan\n    applicationDeadline\n    executionStart\n    executionEnd\n    eligibility\n    industryChain\n    status\n    statusReason\n    postedByBureau\n    publishedAt\n    awardedAt\n    publicNoticeEndsOn\n    contractId\n    version\n    createdAt\n    updatedAt\n    targets {\n      indicator\n      targetValue\n      acceptanceMethod\n    }\n    criteria {\n      name\n      weight\n    }\n    organization {\n      id\n      name\n    }\n    winners {\n      id\n      name\n    }\n  }\n": types.ChallengeFieldsFragmentDoc,
    "\n  fragment ChallengeCardFields on Challenge {\n    id\n    title\n    background\n    bountyWan\n    applicationDeadline\n    executionStart\n    executionEnd\n    industryChain\n    status\n    postedByBureau\n    organization {\n      id\n      name\n    }\n  }\n": types.ChallengeCardFieldsFragmentDoc,
    "\n  fragment ApplicationFields on ChallengeApplication {\n    id\n    status\n    proposal\n    approach\n    budgetWan\n    plan\n    feedback\n    reviewerFeedback\n    version\n    createdAt\n    updatedAt\n    members {\n      name\n      title\n      role\n    }\n    organization {\n      id\n      name\n    }\n  }\n": types.ApplicationFieldsFragmentDoc,
    "\n  fragment MilestoneFields on Milestone {\n    id\n    title\n    deliverable\n    plannedDate\n    status\n    evidence\n    reviewNote\n    submittedAt\n    decidedAt\n    version\n    application {\n      id\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.MilestoneFieldsFragmentDoc,
    "\n  query Challenges($filter: ChallengeFilter, $first: Int!, $offset: Int!) {\n    challenges(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ...ChallengeCardFields\n      }\n    }\n  }\n": types.ChallengesDocument,
    "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      ...ChallengeFields\n      myApplication {\n        ...ApplicationFields\n      }\n      milestones {\n        ...MilestoneFields\n      }\n    }\n  }\n": types.ChallengeDocument,
    "\n  query ChallengeApplications($challengeId: ID!) {\n    challengeApplications(challengeId: $challengeId) {\n      ...ApplicationFields\n    }\n  }\n": types.ChallengeApplicationsDocument,
    "\n  query MyChallengeApplications {\n    myChallengeApplications {\n      ...ApplicationFields\n      challenge {\n        id\n        title\n        status\n        applicationDeadline\n        bountyWan\n        publicNoticeEndsOn\n      }\n    }\n  }\n": types.MyChallengeApplicationsDocument,
    "\n  query ChallengeRanking($challengeId: ID!) {\n    challengeRanking(challengeId: $challengeId) {\n      rank\n      score\n      reviewCount\n      assignedCount\n      criterionMeans {\n        criterion\n        score\n      }\n      application {\n        id\n        status\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ChallengeRankingDocument,
    "\n  fragment ReviewAssignmentFields on ReviewAssignment {\n    id\n    version\n    createdAt\n    expert {\n      id\n      displayName\n      organization {\n        id\n        name\n      }\n    }\n    application {\n      ...ApplicationFields\n    }\n    challenge {\n      id\n      title\n      status\n      criteria {\n        name\n        weight\n      }\n    }\n    review {\n      scores {\n        criterion\n        score\n      }\n      weightedScore\n      internalComment\n      applicantFeedback\n      submittedAt\n    }\n  }\n": types.ReviewAssignmentFieldsFragmentDoc,
    "\n  query ReviewAssignments($challengeId: ID) {\n    reviewAssignments(challengeId: $challengeId) {\n      ...ReviewAssignmentFields\n    }\n  }\n": types.ReviewAssignmentsDocument,
    "\n  query ReviewAssignment($id: ID!) {\n    reviewAssignment(id: $id) {\n      ...ReviewAssignmentFields\n    }\n  }\n": types.ReviewAssignmentDocument,
    "\n  mutation CreateChallenge($input: ChallengeInput!) {\n    createChallenge(input: $input) {\n      ...ChallengeFields\n    }\n  }\n": types.CreateChallengeDocument,
    "\n  mutation UpdateChallenge($id: ID!, $input: ChallengeInput!, $expectedVersion: Int) {\n    updateChallenge(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ChallengeFields\n    }\n  }\n": types.UpdateChallengeDocument,
    "\n  mutation ApplyToChallenge($challengeId: ID!, $input: ChallengeApplicationInput!) {\n    applyToChallenge(challengeId: $challengeId, input: $input) {\n      ...ApplicationFields\n    }\n  }\n": types.ApplyToChallengeDocument,
    "\n  mutation UpdateChallengeApplication($id: ID!, $input: ChallengeApplicationInput!, $expectedVersion: Int) {\n    updateChallengeApplication(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ApplicationFields\n    }\n  }\n": types.UpdateChallengeApplicationDocument,
    "\n  mutation ShortlistApplication($id: ID!) {\n    shortlistChallengeApplication(id: $id) {\n      ...ApplicationFields\n    }\n  }\n": types.ShortlistApplicationDocument,
    "\n  mutation RejectApplication($id: ID!, $feedback: String!) {\n    rejectChallengeApplication(id: $id, feedback: $feedback) {\n      ...ApplicationFields\n    }\n  }\n": types.RejectApplicationDocument,
    "\n  mutation AssignReviewers($challengeId: ID!, $assignments: [ReviewerAssignmentInput!]!) {\n    assignReviewers(challengeId: $challengeId, assignments: $assignments) {\n      id\n    }\n  }\n": types.AssignReviewersDocument,
    "\n  mutation RemoveReviewAssignment($id: ID!) {\n    removeReviewAssignment(id: $id)\n  }\n": types.RemoveReviewAssignmentDocument,
    "\n  mutation CreateExpertAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      displayName\n      email\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.CreateExpertAccountDocument,
    "\n  mutation SubmitReview($assignmentId: ID!, $input: ReviewInput!) {\n    submitReview(assignmentId: $assignmentId, input: $input) {\n      ...ReviewAssignmentFields\n    }\n  }\n": types.SubmitReviewDocument,
    "\n  mutation AwardChallenge($id: ID!, $input: AwardChallengeInput!) {\n    awardChallenge(id: $id, input: $input) {\n      ...ChallengeFields\n    }\n  }\n": types.AwardChallengeDocument,
    "\n  mutation AddMilestone($challengeId: ID!, $input: MilestoneInput!) {\n    addChallengeMilestone(challengeId: $challengeId, input: $input) {\n      ...MilestoneFields\n    }\n  }\n": types.AddMilestoneDocument,
    "\n  mutation SubmitMilestone($id: ID!, $evidence: String!) {\n    submitMilestone(id: $id, evidence: $evidence) {\n      ...MilestoneFields\n    }\n  }\n": types.SubmitMilestoneDocument,
    "\n  mutation AcceptMilestone($id: ID!, $note: String) {\n    acceptMilestone(id: $id, note: $note) {\n      ...MilestoneFields\n    }\n  }\n": types.AcceptMilestoneDocument,
    "\n  mutation RejectMilestone($id: ID!, $reason: String!) {\n    rejectMilestone(id: $id, reason: $reason) {\n      ...MilestoneFields\n    }\n  }\n": types.RejectMilestoneDocument,
    "\n  mutation SubmitChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    submitChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n": types.SubmitChallengeDocument,
    "\n  mutation WithdrawChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    withdrawChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n": types.WithdrawChallengeDocument,
    "\n  mutation PublishChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    publishChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n": types.PublishChallengeDocument,
    "\n  mutation ReturnChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    returnChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n": types.ReturnChallengeDocument,
    "\n  mutation CloseChallengeApplications($id: ID!, $options: ChallengeTransitionInput) {\n    closeChallengeApplications(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n": types.CloseChallengeApplicationsDocument,
    "\n  mutation StartChallengeEvaluation($id: ID!, $options: ChallengeTransitionInput) {\n    startChallengeEvaluation(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n": types.StartChallengeEvaluationDocument,
    "\n  mutation StartChallengeExecution($id: ID!, $options: ChallengeTransitionInput) {\n    startChallengeExecution(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n": types.StartChallengeExecutionDocument,
    "\n  mutation CompleteChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    completeChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n": types.CompleteChallengeDocument,
    "\n  mutation FailChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    failChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n": types.FailChallengeDocument,
    "\n  mutation CancelChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    cancelChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n": types.CancelChallengeDocument,
    "\n  query ChallengeCandidates($challengeId: ID!, $first: Int!) {\n    challengeCandidates(challengeId: $challengeId, first: $first) {\n      score\n      reasons\n      alreadyApplied\n      organization {\n        id\n        name\n      }\n      achievement {\n        id\n        title\n        trl\n      }\n    }\n  }\n": types.ChallengeCandidatesDocument,
    "\n  query Experts {\n    experts {\n      id\n      displayName\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.ExpertsDocument,
    "\n  query Dashboard($year: Int!) {\n    turnoverReport(year: $year, granularity: QUARTER) {\n      year\n      targetGrowthPercent\n      total {\n        amountWan\n        contractCount\n        lastYearAmountWan\n        lastYearContractCount\n        growthPercent\n        meetsTarget\n        targetAmountWan\n      }\n      periods {\n        index\n        label\n        amountWan\n        lastYearAmountWan\n        targetAmountWan\n        contractCount\n        growthPercent\n        meetsTarget\n      }\n    }\n    matchFunnel(year: $year) {\n      total\n      closed\n      stages {\n        stage\n        label\n        reached\n        current\n        conversionPercent\n      }\n    }\n    kpiBreakdown(dimension: INDUSTRY_CHAIN, year: $year) {\n      key\n      label\n      matchCount\n      contractedMatchCount\n      contractCount\n      turnoverWan\n    }\n    universities: kpiBreakdown(dimension: UNIVERSITY, year: $year) {\n      key\n      label\n      matchCount\n      contractedMatchCount\n      contractCount\n      turnoverWan\n    }\n    stageDurations(year: $year) {\n      stage\n      label\n      medianDays\n      samples\n    }\n  }\n": types.DashboardDocument,
    "\n  fragment AchievementFields on Achievement {\n    id\n    externalId\n    title\n    summary\n    keywords\n    industryChain\n    trl\n    ipType\n    transferModes\n    askingPriceWan\n    institution\n    team\n    status\n    rejectReason\n    closeReason\n    version\n    createdAt\n    updatedAt\n    publishedAt\n    disclosed\n    contactName\n    contactPhone\n    contactEmail\n    confidentialDetail\n    organization {\n      id\n      name\n      kind\n    }\n  }\n": types.AchievementFieldsFragmentDoc,
    "\n  fragment DemandFields on Demand {\n    id\n    externalId\n    title\n    description\n    keywords\n    industryChain\n    minTrl\n    budgetWan\n    cooperationModes\n    deadline\n    enterprise\n    status\n    rejectReason\n    closeReason\n    version\n    createdAt\n    updatedAt\n    publishedAt\n    disclosed\n    contactName\n    contactPhone\n    contactEmail\n    confidentialDetail\n    organization {\n      id\n      name\n      kind\n    }\n  }\n": types.DemandFieldsFragmentDoc,
    "\n  query Achievements($first: Int!, $after: String, $filter: ListingFilter) {\n    achievements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AchievementFields\n        }\n      }\n    }\n  }\n": types.AchievementsDocument,
    "\n  query Demands($first: Int!, $after: String, $filter: ListingFilter) {\n    demands(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DemandFields\n        }\n      }\n    }\n  }\n": types.DemandsDocument,
    "\n  query Achievement($id: ID!) {\n    achievement(id: $id) {\n      ...AchievementFields\n    }\n  }\n": types.AchievementDocument,
    "\n  query Demand($id: ID!) {\n    demand(id: $id) {\n      ...DemandFields\n    }\n  }\n": types.DemandDocument,
    "\n  mutation CreateAchievement($input: AchievementInput!) {\n    createAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n": types.CreateAchievementDocument,
    "\n  mutation UpdateAchievement($id: ID!, $input: AchievementInput!, $expectedVersion: Int) {\n    updateAchievement(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...AchievementFields\n    }\n  }\n": types.UpdateAchievementDocument,
    "\n  mutation CreateDemand($input: DemandInput!) {\n    createDemand(input: $input) {\n      ...DemandFields\n    }\n  }\n": types.CreateDemandDocument,
    "\n  mutation UpdateDemand($id: ID!, $input: DemandInput!, $expectedVersion: Int) {\n    updateDemand(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...DemandFields\n    }\n  }\n": types.UpdateDemandDocument,
    "\n  query MatchesForDemand($demandId: ID!, $first: Int, $industryChains: [IndustryChain!], $minScore: Float) {\n    matchesForDemand(\n      demandId: $demandId\n      first: $first\n      industryChains: $industryChains\n      minScore: $minScore\n    ) {\n      score\n      reasons\n      achievement {\n        id\n        title\n        summary\n        industryChain\n        trl\n        askingPriceWan\n        transferModes\n        institution\n        status\n      }\n    }\n  }\n": types.MatchesForDemandDocument,
    "\n  query MatchesForAchievement(\n    $achievementId: ID!\n    $first: Int\n    $industryChains: [IndustryChain!]\n    $minScore: Float\n  ) {\n    matchesForAchievement(\n      achievementId: $achievementId\n      first: $first\n      industryChains: $industryChains\n      minScore: $minScore\n    ) {\n      score\n      reasons\n      demand {\n        id\n        title\n        description\n        industryChain\n        minTrl\n        budgetWan\n        cooperationModes\n        deadline\n        enterprise\n        status\n      }\n    }\n  }\n": types.MatchesForAchievementDocument,
    "\n    mutation SubmitAchievement($id: ID!, $options: TransitionInput) {\n      submitAchievement(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  ": types.SubmitAchievementDocument,
    "\n    mutation WithdrawAchievement($id: ID!, $options: TransitionInput) {\n      withdrawAchievement(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  ": types.WithdrawAchievementDocument,
    "\n    mutation PublishAchievement($id: ID!, $options: TransitionInput) {\n      publishAchievement(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  ": types.PublishAchievementDocument,
    "\n    mutation RejectAchievement($id: ID!, $options: TransitionInput) {\n      rejectAchievement(id: $id, options: $options) {\n        id\n        status\n        version\n        rejectReason\n      }\n    }\n  ": types.RejectAchievementDocument,
    "\n    mutation CloseAchievement($id: ID!, $options: TransitionInput) {\n      closeAchievement(id: $id, options: $options) {\n        id\n        status\n        version\n        closeReason\n      }\n    }\n  ": types.CloseAchievementDocument,
    "\n    mutation ReopenAchievement($id: ID!, $options: TransitionInput) {\n      reopenAchievement(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  ": types.ReopenAchievementDocument,
    "\n    mutation SubmitDemand($id: ID!, $options: TransitionInput) {\n      submitDemand(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  ": types.SubmitDemandDocument,
    "\n    mutation WithdrawDemand($id: ID!, $options: TransitionInput) {\n      withdrawDemand(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  ": types.WithdrawDemandDocument,
    "\n    mutation PublishDemand($id: ID!, $options: TransitionInput) {\n      publishDemand(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  ": types.PublishDemandDocument,
    "\n    mutation RejectDemand($id: ID!, $options: TransitionInput) {\n      rejectDemand(id: $id, options: $options) {\n        id\n        status\n        version\n        rejectReason\n      }\n    }\n  ": types.RejectDemandDocument,
    "\n    mutation CloseDemand($id: ID!, $options: TransitionInput) {\n      closeDemand(id: $id, options: $options) {\n        id\n        status\n        version\n        closeReason\n      }\n    }\n  ": types.CloseDemandDocument,
    "\n    mutation ReopenDemand($id: ID!, $options: TransitionInput) {\n      reopenDemand(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  ": types.ReopenDemandDocument,
    "\n  query Notifications($unreadOnly: Boolean!) {\n    notifications(first: 50, unreadOnly: $unreadOnly) {\n      id\n      kind\n      title\n      body\n      createdAt\n      readAt\n      entityType\n      entityId\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      membership\n      createdAt\n      organization {\n        id\n        name\n        kind\n        verified\n        region\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation ImportAchievements($items: [AchievementImportInput!]!) {\n    importAchievements(items: $items) {\n      created\n      updated\n      items {\n        externalId\n        id\n      }\n      errors {\n        index\n        externalId\n        message\n      }\n    }\n  }\n": types.ImportAchievementsDocument,
    "\n  mutation ImportDemands($items: [DemandImportInput!]!) {\n    importDemands(items: $items) {\n      created\n      updated\n      items {\n        externalId\n        id\n      }\n      errors {\n        index\n        externalId\n        message\n      }\n    }\n  }\n": types.ImportDemandsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.LoginDocument,
    "\n  query PendingMembers {\n    pendingMembers {\n      id\n      email\n      displayName\n      createdAt\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.PendingMembersDocument,
    "\n  mutation ApproveMembership($userId: ID!) {\n    approveMembership(userId: $userId) {\n      id\n      membership\n    }\n  }\n": types.ApproveMembershipDocument,
    "\n  mutation RejectMembership($userId: ID!) {\n    rejectMembership(userId: $userId) {\n      id\n      membership\n    }\n  }\n": types.RejectMembershipDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      token\n    }\n  }\n": types.RegisterDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedSearchFields on SavedSearch {\n    id\n    name\n    query\n    target\n    industryChains\n    trlMin\n    trlMax\n    modes\n    threshold\n    active\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment SavedSearchFields on SavedSearch {\n    id\n    name\n    query\n    target\n    industryChains\n    trlMin\n    trlMax\n    modes\n    threshold\n    active\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedSearches {\n    savedSearches {\n      ...SavedSearchFields\n    }\n  }\n"): (typeof documents)["\n  query SavedSearches {\n    savedSearches {\n      ...SavedSearchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSavedSearch($input: SavedSearchInput!) {\n    createSavedSearch(input: $input) {\n      ...SavedSearchFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSavedSearch($input: SavedSearchInput!) {\n    createSavedSearch(input: $input) {\n      ...SavedSearchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSavedSearch($id: ID!, $input: SavedSearchInput!) {\n    updateSavedSearch(id: $id, input: $input) {\n      ...SavedSearchFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSavedSearch($id: ID!, $input: SavedSearchInput!) {\n    updateSavedSearch(id: $id, input: $input) {\n      ...SavedSearchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedSearch($id: ID!) {\n    deleteSavedSearch(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSavedSearch($id: ID!) {\n    deleteSavedSearch(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertSettings {\n    alertSettings {\n      threshold\n      listingAlerts\n    }\n  }\n"): (typeof documents)["\n  query AlertSettings {\n    alertSettings {\n      threshold\n      listingAlerts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAlertSettings($input: AlertSettingsInput!) {\n    updateAlertSettings(input: $input) {\n      threshold\n      listingAlerts\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAlertSettings($input: AlertSettingsInput!) {\n    updateAlertSettings(input: $input) {\n      threshold\n      listingAlerts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchFields on Match {\n    id\n    stage\n    stageLabel\n    version\n    origin\n    score\n    overdue\n    followUpDueAt\n    stageEnteredAt\n    revealedAt\n    interestedSide\n    viewerSide\n    availableActions\n    closeReason\n    closeNote\n    createdAt\n    updatedAt\n    demand {\n      id\n      title\n      enterprise\n      industryChain\n      budgetWan\n      disclosed\n      contactName\n      contactPhone\n      contactEmail\n      confidentialDetail\n      organization {\n        id\n        name\n      }\n    }\n    achievement {\n      id\n      title\n      institution\n      industryChain\n      trl\n      askingPriceWan\n      disclosed\n      contactName\n      contactPhone\n      contactEmail\n      confidentialDetail\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MatchFields on Match {\n    id\n    stage\n    stageLabel\n    version\n    origin\n    score\n    overdue\n    followUpDueAt\n    stageEnteredAt\n    revealedAt\n    interestedSide\n    viewerSide\n    availableActions\n    closeReason\n    closeNote\n    createdAt\n    updatedAt\n    demand {\n      id\n      title\n      enterprise\n      industryChain\n      budgetWan\n      disclosed\n      contactName\n      contactPhone\n      contactEmail\n      confidentialDetail\n      organization {\n        id\n        name\n      }\n    }\n    achievement {\n      id\n      title\n      institution\n      industryChain\n      trl\n      askingPriceWan\n      disclosed\n      contactName\n      contactPhone\n      contactEmail\n      confidentialDetail\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Matches($filter: MatchFilter, $first: Int!, $offset: Int!) {\n    matches(filter: $filter, first: $first, offset: $offset) {\n      ...MatchFields\n    }\n  }\n"): (typeof documents)["\n  query Matches($filter: MatchFilter, $first: Int!, $offset: Int!) {\n    matches(filter: $filter, first: $first, offset: $offset) {\n      ...MatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Match($id: ID!) {\n    match(id: $id) {\n      ...MatchFields\n      interests {\n        id\n        side\n        note\n        at\n        organization {\n          id\n          name\n        }\n      }\n      events {\n        id\n        action\n        actorLabel\n        at\n        fromStage\n        toStage\n        note\n        side\n      }\n      contracts {\n        id\n        title\n        type\n        amountWan\n        signedOn\n        status\n      }\n      event {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query Match($id: ID!) {\n    match(id: $id) {\n      ...MatchFields\n      interests {\n        id\n        side\n        note\n        at\n        organization {\n          id\n          name\n        }\n      }\n      events {\n        id\n        action\n        actorLabel\n        at\n        fromStage\n        toStage\n        note\n        side\n      }\n      contracts {\n        id\n        title\n        type\n        amountWan\n        signedOn\n        status\n      }\n      event {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverdueMatches {\n    overdueMatches {\n      id\n    }\n  }\n"): (typeof documents)["\n  query OverdueMatches {\n    overdueMatches {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      ...MatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      ...MatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeMatch($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      ...MatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeMatch($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      ...MatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleMeeting($id: ID!, $input: MatchStepInput) {\n    scheduleMeeting(id: $id, input: $input) {\n      ...MatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleMeeting($id: ID!, $input: MatchStepInput) {\n    scheduleMeeting(id: $id, input: $input) {\n      ...MatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartNegotiation($id: ID!, $input: MatchStepInput) {\n    startNegotiation(id: $id, input: $input) {\n      ...MatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartNegotiation($id: ID!, $input: MatchStepInput) {\n    startNegotiation(id: $id, input: $input) {\n      ...MatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseMatch($id: ID!, $input: CloseMatchInput!) {\n    closeMatch(id: $id, input: $input) {\n      ...MatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseMatch($id: ID!, $input: CloseMatchInput!) {\n    closeMatch(id: $id, input: $input) {\n      ...MatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TechContractFields on TechContract {\n    id\n    title\n    type\n    amountWan\n    signedOn\n    status\n    industryChain\n    rejectReason\n    confirmedAt\n    challengeId\n    version\n    buyer {\n      id\n      name\n    }\n    seller {\n      id\n      name\n    }\n    match {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment TechContractFields on TechContract {\n    id\n    title\n    type\n    amountWan\n    signedOn\n    status\n    industryChain\n    rejectReason\n    confirmedAt\n    challengeId\n    version\n    buyer {\n      id\n      name\n    }\n    seller {\n      id\n      name\n    }\n    match {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TechContracts($filter: TechContractFilter) {\n    techContracts(filter: $filter) {\n      ...TechContractFields\n    }\n  }\n"): (typeof documents)["\n  query TechContracts($filter: TechContractFilter) {\n    techContracts(filter: $filter) {\n      ...TechContractFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterTechContract($input: TechContractInput!) {\n    registerTechContract(input: $input) {\n      ...TechContractFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterTechContract($input: TechContractInput!) {\n    registerTechContract(input: $input) {\n      ...TechContractFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitTechContract($input: TechContractInput!) {\n    submitTechContract(input: $input) {\n      ...TechContractFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitTechContract($input: TechContractInput!) {\n    submitTechContract(input: $input) {\n      ...TechContractFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTechContract($id: ID!, $expectedVersion: Int) {\n    confirmTechContract(id: $id, expectedVersion: $expectedVersion) {\n      ...TechContractFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTechContract($id: ID!, $expectedVersion: Int) {\n    confirmTechContract(id: $id, expectedVersion: $expectedVersion) {\n      ...TechContractFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectTechContract($id: ID!, $reason: String!, $expectedVersion: Int) {\n    rejectTechContract(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...TechContractFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectTechContract($id: ID!, $reason: String!, $expectedVersion: Int) {\n    rejectTechContract(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...TechContractFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations($kind: OrganizationKind) {\n    organizations(kind: $kind) {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query Organizations($kind: OrganizationKind) {\n    organizations(kind: $kind) {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchmakingEventFields on MatchmakingEvent {\n    id\n    title\n    kind\n    kindLabel\n    startsAt\n    place\n    description\n    attendeeCount\n    invitedOrganizations {\n      id\n      name\n    }\n    attendedOrganizations {\n      id\n      name\n    }\n    version\n  }\n"): (typeof documents)["\n  fragment MatchmakingEventFields on MatchmakingEvent {\n    id\n    title\n    kind\n    kindLabel\n    startsAt\n    place\n    description\n    attendeeCount\n    invitedOrganizations {\n      id\n      name\n    }\n    attendedOrganizations {\n      id\n      name\n    }\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchmakingEvents($year: Int) {\n    matchmakingEvents(year: $year) {\n      ...MatchmakingEventFields\n      matches {\n        id\n        stage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchmakingEvents($year: Int) {\n    matchmakingEvents(year: $year) {\n      ...MatchmakingEventFields\n      matches {\n        id\n        stage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchmakingEvent($id: ID!) {\n    matchmakingEvent(id: $id) {\n      ...MatchmakingEventFields\n      achievements {\n        id\n        title\n      }\n      demands {\n        id\n        title\n      }\n      matches {\n        id\n        stage\n        stageLabel\n        demand {\n          id\n          title\n        }\n        achievement {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchmakingEvent($id: ID!) {\n    matchmakingEvent(id: $id) {\n      ...MatchmakingEventFields\n      achievements {\n        id\n        title\n      }\n      demands {\n        id\n        title\n      }\n      matches {\n        id\n        stage\n        stageLabel\n        demand {\n          id\n          title\n        }\n        achievement {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchmakingEventLinks($id: ID!) {\n    matchmakingEvent(id: $id) {\n      id\n      version\n      achievements {\n        id\n      }\n      demands {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchmakingEventLinks($id: ID!) {\n    matchmakingEvent(id: $id) {\n      id\n      version\n      achievements {\n        id\n      }\n      demands {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMatchmakingEvent($id: ID!, $input: MatchmakingEventInput!, $expectedVersion: Int) {\n    updateMatchmakingEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMatchmakingEvent($id: ID!, $input: MatchmakingEventInput!, $expectedVersion: Int) {\n    updateMatchmakingEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordEventAttendance($id: ID!, $input: EventAttendanceInput!) {\n    recordEventAttendance(id: $id, input: $input) {\n      id\n      attendeeCount\n      attendedOrganizations {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordEventAttendance($id: ID!, $input: EventAttendanceInput!) {\n    recordEventAttendance(id: $id, input: $input) {\n      id\n      attendeeCount\n      attendedOrganizations {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMatchmakingEvent($input: MatchmakingEventInput!) {\n    createMatchmakingEvent(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMatchmakingEvent($input: MatchmakingEventInput!) {\n    createMatchmakingEvent(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChallengeFields on Challenge {\n    id\n    title\n    background\n    bountyWan\n    applicationDeadline\n    executionStart\n    executionEnd\n    eligibility\n    industryChain\n    status\n    statusReason\n    postedByBureau\n    publishedAt\n    awardedAt\n    publicNoticeEndsOn\n    contractId\n    version\n    createdAt\n    updatedAt\n    targets {\n      indicator\n      targetValue\n      acceptanceMethod\n    }\n    criteria {\n      name\n      weight\n    }\n    organization {\n      id\n      name\n    }\n    winners {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ChallengeFields on Challenge {\n    id\n    title\n    background\n    bountyWan\n    applicationDeadline\n    executionStart\n    executionEnd\n    eligibility\n    industryChain\n    status\n    statusReason\n    postedByBureau\n    publishedAt\n    awardedAt\n    publicNoticeEndsOn\n    contractId\n    version\n    createdAt\n    updatedAt\n    targets {\n      indicator\n      targetValue\n      acceptanceMethod\n    }\n    criteria {\n      name\n      weight\n    }\n    organization {\n      id\n      name\n    }\n    winners {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChallengeCardFields on Challenge {\n    id\n    title\n    background\n    bountyWan\n    applicationDeadline\n    executionStart\n    executionEnd\n    industryChain\n    status\n    postedByBureau\n    organization {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ChallengeCardFields on Challenge {\n    id\n    title\n    background\n    bountyWan\n    applicationDeadline\n    executionStart\n    executionEnd\n    industryChain\n    status\n    postedByBureau\n    organization {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationFields on ChallengeApplication {\n    id\n    status\n    proposal\n    approach\n    budgetWan\n    plan\n    feedback\n    reviewerFeedback\n    version\n    createdAt\n    updatedAt\n    members {\n      name\n      title\n      role\n    }\n    organization {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ApplicationFields on ChallengeApplication {\n    id\n    status\n    proposal\n    approach\n    budgetWan\n    plan\n    feedback\n    reviewerFeedback\n    version\n    createdAt\n    updatedAt\n    members {\n      name\n      title\n      role\n    }\n    organization {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MilestoneFields on Milestone {\n    id\n    title\n    deliverable\n    plannedDate\n    status\n    evidence\n    reviewNote\n    submittedAt\n    decidedAt\n    version\n    application {\n      id\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MilestoneFields on Milestone {\n    id\n    title\n    deliverable\n    plannedDate\n    status\n    evidence\n    reviewNote\n    submittedAt\n    decidedAt\n    version\n    application {\n      id\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Challenges($filter: ChallengeFilter, $first: Int!, $offset: Int!) {\n    challenges(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ...ChallengeCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Challenges($filter: ChallengeFilter, $first: Int!, $offset: Int!) {\n    challenges(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ...ChallengeCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      ...ChallengeFields\n      myApplication {\n        ...ApplicationFields\n      }\n      milestones {\n        ...MilestoneFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      ...ChallengeFields\n      myApplication {\n        ...ApplicationFields\n      }\n      milestones {\n        ...MilestoneFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeApplications($challengeId: ID!) {\n    challengeApplications(challengeId: $challengeId) {\n      ...ApplicationFields\n    }\n  }\n"): (typeof documents)["\n  query ChallengeApplications($challengeId: ID!) {\n    challengeApplications(challengeId: $challengeId) {\n      ...ApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyChallengeApplications {\n    myChallengeApplications {\n      ...ApplicationFields\n      challenge {\n        id\n        title\n        status\n        applicationDeadline\n        bountyWan\n        publicNoticeEndsOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyChallengeApplications {\n    myChallengeApplications {\n      ...ApplicationFields\n      challenge {\n        id\n        title\n        status\n        applicationDeadline\n        bountyWan\n        publicNoticeEndsOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeRanking($challengeId: ID!) {\n    challengeRanking(challengeId: $challengeId) {\n      rank\n      score\n      reviewCount\n      assignedCount\n      criterionMeans {\n        criterion\n        score\n      }\n      application {\n        id\n        status\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChallengeRanking($challengeId: ID!) {\n    challengeRanking(challengeId: $challengeId) {\n      rank\n      score\n      reviewCount\n      assignedCount\n      criterionMeans {\n        criterion\n        score\n      }\n      application {\n        id\n        status\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewAssignmentFields on ReviewAssignment {\n    id\n    version\n    createdAt\n    expert {\n      id\n      displayName\n      organization {\n        id\n        name\n      }\n    }\n    application {\n      ...ApplicationFields\n    }\n    challenge {\n      id\n      title\n      status\n      criteria {\n        name\n        weight\n      }\n    }\n    review {\n      scores {\n        criterion\n        score\n      }\n      weightedScore\n      internalComment\n      applicantFeedback\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewAssignmentFields on ReviewAssignment {\n    id\n    version\n    createdAt\n    expert {\n      id\n      displayName\n      organization {\n        id\n        name\n      }\n    }\n    application {\n      ...ApplicationFields\n    }\n    challenge {\n      id\n      title\n      status\n      criteria {\n        name\n        weight\n      }\n    }\n    review {\n      scores {\n        criterion\n        score\n      }\n      weightedScore\n      internalComment\n      applicantFeedback\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewAssignments($challengeId: ID) {\n    reviewAssignments(challengeId: $challengeId) {\n      ...ReviewAssignmentFields\n    }\n  }\n"): (typeof documents)["\n  query ReviewAssignments($challengeId: ID) {\n    reviewAssignments(challengeId: $challengeId) {\n      ...ReviewAssignmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewAssignment($id: ID!) {\n    reviewAssignment(id: $id) {\n      ...ReviewAssignmentFields\n    }\n  }\n"): (typeof documents)["\n  query ReviewAssignment($id: ID!) {\n    reviewAssignment(id: $id) {\n      ...ReviewAssignmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateChallenge($input: ChallengeInput!) {\n    createChallenge(input: $input) {\n      ...ChallengeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateChallenge($input: ChallengeInput!) {\n    createChallenge(input: $input) {\n      ...ChallengeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChallenge($id: ID!, $input: ChallengeInput!, $expectedVersion: Int) {\n    updateChallenge(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ChallengeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChallenge($id: ID!, $input: ChallengeInput!, $expectedVersion: Int) {\n    updateChallenge(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ChallengeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyToChallenge($challengeId: ID!, $input: ChallengeApplicationInput!) {\n    applyToChallenge(challengeId: $challengeId, input: $input) {\n      ...ApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyToChallenge($challengeId: ID!, $input: ChallengeApplicationInput!) {\n    applyToChallenge(challengeId: $challengeId, input: $input) {\n      ...ApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChallengeApplication($id: ID!, $input: ChallengeApplicationInput!, $expectedVersion: Int) {\n    updateChallengeApplication(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChallengeApplication($id: ID!, $input: ChallengeApplicationInput!, $expectedVersion: Int) {\n    updateChallengeApplication(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShortlistApplication($id: ID!) {\n    shortlistChallengeApplication(id: $id) {\n      ...ApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ShortlistApplication($id: ID!) {\n    shortlistChallengeApplication(id: $id) {\n      ...ApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectApplication($id: ID!, $feedback: String!) {\n    rejectChallengeApplication(id: $id, feedback: $feedback) {\n      ...ApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectApplication($id: ID!, $feedback: String!) {\n    rejectChallengeApplication(id: $id, feedback: $feedback) {\n      ...ApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignReviewers($challengeId: ID!, $assignments: [ReviewerAssignmentInput!]!) {\n    assignReviewers(challengeId: $challengeId, assignments: $assignments) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssignReviewers($challengeId: ID!, $assignments: [ReviewerAssignmentInput!]!) {\n    assignReviewers(challengeId: $challengeId, assignments: $assignments) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveReviewAssignment($id: ID!) {\n    removeReviewAssignment(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveReviewAssignment($id: ID!) {\n    removeReviewAssignment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateExpertAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      displayName\n      email\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateExpertAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      displayName\n      email\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitReview($assignmentId: ID!, $input: ReviewInput!) {\n    submitReview(assignmentId: $assignmentId, input: $input) {\n      ...ReviewAssignmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitReview($assignmentId: ID!, $input: ReviewInput!) {\n    submitReview(assignmentId: $assignmentId, input: $input) {\n      ...ReviewAssignmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwardChallenge($id: ID!, $input: AwardChallengeInput!) {\n    awardChallenge(id: $id, input: $input) {\n      ...ChallengeFields\n    }\n  }\n"): (typeof documents)["\n  mutation AwardChallenge($id: ID!, $input: AwardChallengeInput!) {\n    awardChallenge(id: $id, input: $input) {\n      ...ChallengeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMilestone($challengeId: ID!, $input: MilestoneInput!) {\n    addChallengeMilestone(challengeId: $challengeId, input: $input) {\n      ...MilestoneFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddMilestone($challengeId: ID!, $input: MilestoneInput!) {\n    addChallengeMilestone(challengeId: $challengeId, input: $input) {\n      ...MilestoneFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMilestone($id: ID!, $evidence: String!) {\n    submitMilestone(id: $id, evidence: $evidence) {\n      ...MilestoneFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitMilestone($id: ID!, $evidence: String!) {\n    submitMilestone(id: $id, evidence: $evidence) {\n      ...MilestoneFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptMilestone($id: ID!, $note: String) {\n    acceptMilestone(id: $id, note: $note) {\n      ...MilestoneFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptMilestone($id: ID!, $note: String) {\n    acceptMilestone(id: $id, note: $note) {\n      ...MilestoneFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectMilestone($id: ID!, $reason: String!) {\n    rejectMilestone(id: $id, reason: $reason) {\n      ...MilestoneFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectMilestone($id: ID!, $reason: String!) {\n    rejectMilestone(id: $id, reason: $reason) {\n      ...MilestoneFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    submitChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    submitChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    withdrawChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    withdrawChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    publishChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    publishChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    returnChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    returnChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseChallengeApplications($id: ID!, $options: ChallengeTransitionInput) {\n    closeChallengeApplications(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseChallengeApplications($id: ID!, $options: ChallengeTransitionInput) {\n    closeChallengeApplications(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartChallengeEvaluation($id: ID!, $options: ChallengeTransitionInput) {\n    startChallengeEvaluation(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartChallengeEvaluation($id: ID!, $options: ChallengeTransitionInput) {\n    startChallengeEvaluation(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartChallengeExecution($id: ID!, $options: ChallengeTransitionInput) {\n    startChallengeExecution(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartChallengeExecution($id: ID!, $options: ChallengeTransitionInput) {\n    startChallengeExecution(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    completeChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    completeChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FailChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    failChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n"): (typeof documents)["\n  mutation FailChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    failChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    cancelChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelChallenge($id: ID!, $options: ChallengeTransitionInput) {\n    cancelChallenge(id: $id, options: $options) {\n      ...ChallengeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeCandidates($challengeId: ID!, $first: Int!) {\n    challengeCandidates(challengeId: $challengeId, first: $first) {\n      score\n      reasons\n      alreadyApplied\n      organization {\n        id\n        name\n      }\n      achievement {\n        id\n        title\n        trl\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChallengeCandidates($challengeId: ID!, $first: Int!) {\n    challengeCandidates(challengeId: $challengeId, first: $first) {\n      score\n      reasons\n      alreadyApplied\n      organization {\n        id\n        name\n      }\n      achievement {\n        id\n        title\n        trl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Experts {\n    experts {\n      id\n      displayName\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Experts {\n    experts {\n      id\n      displayName\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($year: Int!) {\n    turnoverReport(year: $year, granularity: QUARTER) {\n      year\n      targetGrowthPercent\n      total {\n        amountWan\n        contractCount\n        lastYearAmountWan\n        lastYearContractCount\n        growthPercent\n        meetsTarget\n        targetAmountWan\n      }\n      periods {\n        index\n        label\n        amountWan\n        lastYearAmountWan\n        targetAmountWan\n        contractCount\n        growthPercent\n        meetsTarget\n      }\n    }\n    matchFunnel(year: $year) {\n      total\n      closed\n      stages {\n        stage\n        label\n        reached\n        current\n        conversionPercent\n      }\n    }\n    kpiBreakdown(dimension: INDUSTRY_CHAIN, year: $year) {\n      key\n      label\n      matchCount\n      contractedMatchCount\n      contractCount\n      turnoverWan\n    }\n    universities: kpiBreakdown(dimension: UNIVERSITY, year: $year) {\n      key\n      label\n      matchCount\n      contractedMatchCount\n      contractCount\n      turnoverWan\n    }\n    stageDurations(year: $year) {\n      stage\n      label\n      medianDays\n      samples\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($year: Int!) {\n    turnoverReport(year: $year, granularity: QUARTER) {\n      year\n      targetGrowthPercent\n      total {\n        amountWan\n        contractCount\n        lastYearAmountWan\n        lastYearContractCount\n        growthPercent\n        meetsTarget\n        targetAmountWan\n      }\n      periods {\n        index\n        label\n        amountWan\n        lastYearAmountWan\n        targetAmountWan\n        contractCount\n        growthPercent\n        meetsTarget\n      }\n    }\n    matchFunnel(year: $year) {\n      total\n      closed\n      stages {\n        stage\n        label\n        reached\n        current\n        conversionPercent\n      }\n    }\n    kpiBreakdown(dimension: INDUSTRY_CHAIN, year: $year) {\n      key\n      label\n      matchCount\n      contractedMatchCount\n      contractCount\n      turnoverWan\n    }\n    universities: kpiBreakdown(dimension: UNIVERSITY, year: $year) {\n      key\n      label\n      matchCount\n      contractedMatchCount\n      contractCount\n      turnoverWan\n    }\n    stageDurations(year: $year) {\n      stage\n      label\n      medianDays\n      samples\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AchievementFields on Achievement {\n    id\n    externalId\n    title\n    summary\n    keywords\n    industryChain\n    trl\n    ipType\n    transferModes\n    askingPriceWan\n    institution\n    team\n    status\n    rejectReason\n    closeReason\n    version\n    createdAt\n    updatedAt\n    publishedAt\n    disclosed\n    contactName\n    contactPhone\n    contactEmail\n    confidentialDetail\n    organization {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment AchievementFields on Achievement {\n    id\n    externalId\n    title\n    summary\n    keywords\n    industryChain\n    trl\n    ipType\n    transferModes\n    askingPriceWan\n    institution\n    team\n    status\n    rejectReason\n    closeReason\n    version\n    createdAt\n    updatedAt\n    publishedAt\n    disclosed\n    contactName\n    contactPhone\n    contactEmail\n    confidentialDetail\n    organization {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DemandFields on Demand {\n    id\n    externalId\n    title\n    description\n    keywords\n    industryChain\n    minTrl\n    budgetWan\n    cooperationModes\n    deadline\n    enterprise\n    status\n    rejectReason\n    closeReason\n    version\n    createdAt\n    updatedAt\n    publishedAt\n    disclosed\n    contactName\n    contactPhone\n    contactEmail\n    confidentialDetail\n    organization {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment DemandFields on Demand {\n    id\n    externalId\n    title\n    description\n    keywords\n    industryChain\n    minTrl\n    budgetWan\n    cooperationModes\n    deadline\n    enterprise\n    status\n    rejectReason\n    closeReason\n    version\n    createdAt\n    updatedAt\n    publishedAt\n    disclosed\n    contactName\n    contactPhone\n    contactEmail\n    confidentialDetail\n    organization {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Achievements($first: Int!, $after: String, $filter: ListingFilter) {\n    achievements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AchievementFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Achievements($first: Int!, $after: String, $filter: ListingFilter) {\n    achievements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AchievementFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Demands($first: Int!, $after: String, $filter: ListingFilter) {\n    demands(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DemandFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Demands($first: Int!, $after: String, $filter: ListingFilter) {\n    demands(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DemandFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Achievement($id: ID!) {\n    achievement(id: $id) {\n      ...AchievementFields\n    }\n  }\n"): (typeof documents)["\n  query Achievement($id: ID!) {\n    achievement(id: $id) {\n      ...AchievementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Demand($id: ID!) {\n    demand(id: $id) {\n      ...DemandFields\n    }\n  }\n"): (typeof documents)["\n  query Demand($id: ID!) {\n    demand(id: $id) {\n      ...DemandFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAchievement($input: AchievementInput!) {\n    createAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAchievement($input: AchievementInput!) {\n    createAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAchievement($id: ID!, $input: AchievementInput!, $expectedVersion: Int) {\n    updateAchievement(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...AchievementFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAchievement($id: ID!, $input: AchievementInput!, $expectedVersion: Int) {\n    updateAchievement(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...AchievementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDemand($input: DemandInput!) {\n    createDemand(input: $input) {\n      ...DemandFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDemand($input: DemandInput!) {\n    createDemand(input: $input) {\n      ...DemandFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDemand($id: ID!, $input: DemandInput!, $expectedVersion: Int) {\n    updateDemand(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...DemandFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDemand($id: ID!, $input: DemandInput!, $expectedVersion: Int) {\n    updateDemand(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...DemandFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchesForDemand($demandId: ID!, $first: Int, $industryChains: [IndustryChain!], $minScore: Float) {\n    matchesForDemand(\n      demandId: $demandId\n      first: $first\n      industryChains: $industryChains\n      minScore: $minScore\n    ) {\n      score\n      reasons\n      achievement {\n        id\n        title\n        summary\n        industryChain\n        trl\n        askingPriceWan\n        transferModes\n        institution\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchesForDemand($demandId: ID!, $first: Int, $industryChains: [IndustryChain!], $minScore: Float) {\n    matchesForDemand(\n      demandId: $demandId\n      first: $first\n      industryChains: $industryChains\n      minScore: $minScore\n    ) {\n      score\n      reasons\n      achievement {\n        id\n        title\n        summary\n        industryChain\n        trl\n        askingPriceWan\n        transferModes\n        institution\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchesForAchievement(\n    $achievementId: ID!\n    $first: Int\n    $industryChains: [IndustryChain!]\n    $minScore: Float\n  ) {\n    matchesForAchievement(\n      achievementId: $achievementId\n      first: $first\n      industryChains: $industryChains\n      minScore: $minScore\n    ) {\n      score\n      reasons\n      demand {\n        id\n        title\n        description\n        industryChain\n        minTrl\n        budgetWan\n        cooperationModes\n        deadline\n        enterprise\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchesForAchievement(\n    $achievementId: ID!\n    $first: Int\n    $industryChains: [IndustryChain!]\n    $minScore: Float\n  ) {\n    matchesForAchievement(\n      achievementId: $achievementId\n      first: $first\n      industryChains: $industryChains\n      minScore: $minScore\n    ) {\n      score\n      reasons\n      demand {\n        id\n        title\n        description\n        industryChain\n        minTrl\n        budgetWan\n        cooperationModes\n        deadline\n        enterprise\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SubmitAchievement($id: ID!, $options: TransitionInput) {\n      submitAchievement(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  "): (typeof documents)["\n    mutation SubmitAchievement($id: ID!, $options: TransitionInput) {\n      submitAchievement(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation WithdrawAchievement($id: ID!, $options: TransitionInput) {\n      withdrawAchievement(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  "): (typeof documents)["\n    mutation WithdrawAchievement($id: ID!, $options: TransitionInput) {\n      withdrawAchievement(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PublishAchievement($id: ID!, $options: TransitionInput) {\n      publishAchievement(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  "): (typeof documents)["\n    mutation PublishAchievement($id: ID!, $options: TransitionInput) {\n      publishAchievement(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RejectAchievement($id: ID!, $options: TransitionInput) {\n      rejectAchievement(id: $id, options: $options) {\n        id\n        status\n        version\n        rejectReason\n      }\n    }\n  "): (typeof documents)["\n    mutation RejectAchievement($id: ID!, $options: TransitionInput) {\n      rejectAchievement(id: $id, options: $options) {\n        id\n        status\n        version\n        rejectReason\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CloseAchievement($id: ID!, $options: TransitionInput) {\n      closeAchievement(id: $id, options: $options) {\n        id\n        status\n        version\n        closeReason\n      }\n    }\n  "): (typeof documents)["\n    mutation CloseAchievement($id: ID!, $options: TransitionInput) {\n      closeAchievement(id: $id, options: $options) {\n        id\n        status\n        version\n        closeReason\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ReopenAchievement($id: ID!, $options: TransitionInput) {\n      reopenAchievement(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  "): (typeof documents)["\n    mutation ReopenAchievement($id: ID!, $options: TransitionInput) {\n      reopenAchievement(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SubmitDemand($id: ID!, $options: TransitionInput) {\n      submitDemand(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  "): (typeof documents)["\n    mutation SubmitDemand($id: ID!, $options: TransitionInput) {\n      submitDemand(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation WithdrawDemand($id: ID!, $options: TransitionInput) {\n      withdrawDemand(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  "): (typeof documents)["\n    mutation WithdrawDemand($id: ID!, $options: TransitionInput) {\n      withdrawDemand(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PublishDemand($id: ID!, $options: TransitionInput) {\n      publishDemand(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  "): (typeof documents)["\n    mutation PublishDemand($id: ID!, $options: TransitionInput) {\n      publishDemand(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RejectDemand($id: ID!, $options: TransitionInput) {\n      rejectDemand(id: $id, options: $options) {\n        id\n        status\n        version\n        rejectReason\n      }\n    }\n  "): (typeof documents)["\n    mutation RejectDemand($id: ID!, $options: TransitionInput) {\n      rejectDemand(id: $id, options: $options) {\n        id\n        status\n        version\n        rejectReason\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CloseDemand($id: ID!, $options: TransitionInput) {\n      closeDemand(id: $id, options: $options) {\n        id\n        status\n        version\n        closeReason\n      }\n    }\n  "): (typeof documents)["\n    mutation CloseDemand($id: ID!, $options: TransitionInput) {\n      closeDemand(id: $id, options: $options) {\n        id\n        status\n        version\n        closeReason\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ReopenDemand($id: ID!, $options: TransitionInput) {\n      reopenDemand(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  "): (typeof documents)["\n    mutation ReopenDemand($id: ID!, $options: TransitionInput) {\n      reopenDemand(id: $id, options: $options) {\n        id\n        status\n        version\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($unreadOnly: Boolean!) {\n    notifications(first: 50, unreadOnly: $unreadOnly) {\n      id\n      kind\n      title\n      body\n      createdAt\n      readAt\n      entityType\n      entityId\n    }\n  }\n"): (typeof documents)["\n  query Notifications($unreadOnly: Boolean!) {\n    notifications(first: 50, unreadOnly: $unreadOnly) {\n      id\n      kind\n      title\n      body\n      createdAt\n      readAt\n      entityType\n      entityId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      membership\n      createdAt\n      organization {\n        id\n        name\n        kind\n        verified\n        region\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      membership\n      createdAt\n      organization {\n        id\n        name\n        kind\n        verified\n        region\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportAchievements($items: [AchievementImportInput!]!) {\n    importAchievements(items: $items) {\n      created\n      updated\n      items {\n        externalId\n        id\n      }\n      errors {\n        index\n        externalId\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportAchievements($items: [AchievementImportInput!]!) {\n    importAchievements(items: $items) {\n      created\n      updated\n      items {\n        externalId\n        id\n      }\n      errors {\n        index\n        externalId\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportDemands($items: [DemandImportInput!]!) {\n    importDemands(items: $items) {\n      created\n      updated\n      items {\n        externalId\n        id\n      }\n      errors {\n        index\n        externalId\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportDemands($items: [DemandImportInput!]!) {\n    importDemands(items: $items) {\n      created\n      updated\n      items {\n        externalId\n        id\n      }\n      errors {\n        index\n        externalId\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingMembers {\n    pendingMembers {\n      id\n      email\n      displayName\n      createdAt\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingMembers {\n    pendingMembers {\n      id\n      email\n      displayName\n      createdAt\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMembership($userId: ID!) {\n    approveMembership(userId: $userId) {\n      id\n      membership\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMembership($userId: ID!) {\n    approveMembership(userId: $userId) {\n      id\n      membership\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectMembership($userId: ID!) {\n    rejectMembership(userId: $userId) {\n      id\n      membership\n    }\n  }\n"): (typeof documents)["\n  mutation RejectMembership($userId: ID!) {\n    rejectMembership(userId: $userId) {\n      id\n      membership\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      token\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;