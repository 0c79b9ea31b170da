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
    "\n  query Dashboard($year: Int!) {\n    turnoverReport(year: $year, granularity: QUARTER) {\n      year\n      targetGrowthPercent\n      total {\n        amountWan\n        contractCount\n        lastYearAmountWan\n        lastYearContractCount\n        growthPercent\n        meetsTarget\n        targetAmountWan\n      }\n      periods {\n        index\n        label\n        amountWan\n        lastYearAmountWan\n        targetAmountWan\n        contractCount\n        growthPercent\n        meetsTarget\n      }\n    }\n    matchFunnel(year: $year) {\n      total\n      closed\n      stages {\n        stage\n        label\n        reached\n        current\n        conversionPercent\n      }\n    }\n    kpiBreakdown(dimension: INDUSTRY_CHAIN, year: $year) {\n      key\n      label\n      matchCount\n      contractedMatchCount\n      contractCount\n      turnoverWan\n    }\n  }\n": typeof types.DashboardDocument,
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
    "\n  query Dashboard($year: Int!) {\n    turnoverReport(year: $year, granularity: QUARTER) {\n      year\n      targetGrowthPercent\n      total {\n        amountWan\n        contractCount\n        lastYearAmountWan\n        lastYearContractCount\n        growthPercent\n        meetsTarget\n        targetAmountWan\n      }\n      periods {\n        index\n        label\n        amountWan\n        lastYearAmountWan\n        targetAmountWan\n        contractCount\n        growthPercent\n        meetsTarget\n      }\n    }\n    matchFunnel(year: $year) {\n      total\n      closed\n      stages {\n        stage\n        label\n        reached\n        current\n        conversionPercent\n      }\n    }\n    kpiBreakdown(dimension: INDUSTRY_CHAIN, year: $year) {\n      key\n      label\n      matchCount\n      contractedMatchCount\n      contractCount\n      turnoverWan\n    }\n  }\n": types.DashboardDocument,
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
export function graphql(source: "\n  query Dashboard($year: Int!) {\n    turnoverReport(year: $year, granularity: QUARTER) {\n      year\n      targetGrowthPercent\n      total {\n        amountWan\n        contractCount\n        lastYearAmountWan\n        lastYearContractCount\n        growthPercent\n        meetsTarget\n        targetAmountWan\n      }\n      periods {\n        index\n        label\n        amountWan\n        lastYearAmountWan\n        targetAmountWan\n        contractCount\n        growthPercent\n        meetsTarget\n      }\n    }\n    matchFunnel(year: $year) {\n      total\n      closed\n      stages {\n        stage\n        label\n        reached\n        current\n        conversionPercent\n      }\n    }\n    kpiBreakdown(dimension: INDUSTRY_CHAIN, year: $year) {\n      key\n      label\n      matchCount\n      contractedMatchCount\n      contractCount\n      turnoverWan\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($year: Int!) {\n    turnoverReport(year: $year, granularity: QUARTER) {\n      year\n      targetGrowthPercent\n      total {\n        amountWan\n        contractCount\n        lastYearAmountWan\n        lastYearContractCount\n        growthPercent\n        meetsTarget\n        targetAmountWan\n      }\n      periods {\n        index\n        label\n        amountWan\n        lastYearAmountWan\n        targetAmountWan\n        contractCount\n        growthPercent\n        meetsTarget\n      }\n    }\n    matchFunnel(year: $year) {\n      total\n      closed\n      stages {\n        stage\n        label\n        reached\n        current\n        conversionPercent\n      }\n    }\n    kpiBreakdown(dimension: INDUSTRY_CHAIN, year: $year) {\n      key\n      label\n      matchCount\n      contractedMatchCount\n      contractCount\n      turnoverWan\n    }\n  }\n"];
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