import { randomUUID } from 'node:crypto';
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createSchema } from './schema.js';
import { ADMIN, codeOf, createExpert, registerMember } from './testing/fixtures.js';
import { startTestApp, type TestApp } from './testing/index.js';

/**
 * Every mutation of the built schema, called by every role with ids nobody owns. The table says which
 * roles get past the role gate: a refused role meets FORBIDDEN (or NOT_FOUND where the service looks
 * the object up first and will not confirm it exists), an allowed one meets NOT_FOUND or a validation
 * error, never FORBIDDEN or UNAUTHENTICATED, and nobody meets INTERNAL_SERVER_ERROR. The same checks
 * on real objects (another organisation's listing, an expert's own assignment, the owner publishing
 * its own demand) are tested beside each module. A new mutation fails this test until it is placed
 * in the table.
 */
type Gate = 'PUBLIC' | 'SIGNED_IN' | 'BUREAU';

const GATES: Record<string, Gate> = {
  login: 'PUBLIC',
  register: 'PUBLIC',
  logout: 'PUBLIC',
  // any signed-in person; what they may touch is decided per object
  markNotificationsRead: 'SIGNED_IN',
  createSavedSearch: 'SIGNED_IN',
  updateSavedSearch: 'SIGNED_IN',
  deleteSavedSearch: 'SIGNED_IN',
  updateAlertSettings: 'SIGNED_IN',
  approveMembership: 'SIGNED_IN',
  rejectMembership: 'SIGNED_IN',
  createAchievement: 'SIGNED_IN',
  createDemand: 'SIGNED_IN',
  createChallenge: 'SIGNED_IN',
  updateAchievement: 'SIGNED_IN',
  updateDemand: 'SIGNED_IN',
  updateChallenge: 'SIGNED_IN',
  submitAchievement: 'SIGNED_IN',
  submitDemand: 'SIGNED_IN',
  submitChallenge: 'SIGNED_IN',
  withdrawAchievement: 'SIGNED_IN',
  withdrawDemand: 'SIGNED_IN',
  withdrawChallenge: 'SIGNED_IN',
  closeAchievement: 'SIGNED_IN',
  closeDemand: 'SIGNED_IN',
  reopenAchievement: 'SIGNED_IN',
  reopenDemand: 'SIGNED_IN',
  expressInterest: 'SIGNED_IN',
  closeMatch: 'SIGNED_IN',
  scheduleMeeting: 'SIGNED_IN',
  startNegotiation: 'SIGNED_IN',
  submitTechContract: 'SIGNED_IN',
  applyToChallenge: 'SIGNED_IN',
  updateChallengeApplication: 'SIGNED_IN',
  submitReview: 'SIGNED_IN',
  submitMilestone: 'SIGNED_IN',
  setChallengeCriteria: 'SIGNED_IN',
  shortlistChallengeApplication: 'SIGNED_IN',
  rejectChallengeApplication: 'SIGNED_IN',
  acceptMilestone: 'SIGNED_IN',
  rejectMilestone: 'SIGNED_IN',
  addChallengeMilestone: 'SIGNED_IN',
  // the bureau's own work
  createAccount: 'BUREAU',
  importAchievements: 'BUREAU',
  importDemands: 'BUREAU',
  publishAchievement: 'BUREAU',
  publishDemand: 'BUREAU',
  rejectAchievement: 'BUREAU',
  rejectDemand: 'BUREAU',
  proposeMatch: 'BUREAU',
  registerTechContract: 'BUREAU',
  confirmTechContract: 'BUREAU',
  rejectTechContract: 'BUREAU',
  createMatchmakingEvent: 'BUREAU',
  updateMatchmakingEvent: 'BUREAU',
  recordEventAttendance: 'BUREAU',
  runFollowUp: 'BUREAU',
  setFollowUpDays: 'BUREAU',
  publishChallenge: 'BUREAU',
  returnChallenge: 'BUREAU',
  closeChallengeApplications: 'BUREAU',
  startChallengeEvaluation: 'BUREAU',
  awardChallenge: 'BUREAU',
  startChallengeExecution: 'BUREAU',
  completeChallenge: 'BUREAU',
  failChallenge: 'BUREAU',
  cancelChallenge: 'BUREAU',
  assignReviewers: 'BUREAU',
  removeReviewAssignment: 'BUREAU',
  linkChallengeContract: 'BUREAU',
};

/** A value of the type that passes GraphQL coercion (not necessarily the service's rules). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) {
    return sample(type.ofType);
  }
  if (isListType(type)) {
    return [sample(type.ofType)];
  }
  if (isEnumType(type)) {
    return type.getValues()[0]!.value;
  }
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields()).map((field) => [field.name, sample(field.type)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return randomUUID();
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTimeISO':
        return '2027-01-01T00:00:00.000Z';
      case 'LocalDate':
        return '2027-01-01';
      default:
        return '测试';
    }
  }
  throw new Error(`no sample for ${String(type)}`);
}

function operation(field: GraphQLField<unknown, unknown>): {
  query: string;
  variables: Record<string, unknown>;
} {
  const declared = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = 'getFields' in named ? ' { __typename }' : '';
  return {
    query: `mutation${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables: Object.fromEntries(field.args.map((arg) => [arg.name, sample(arg.type)])),
  };
}

let app: TestApp;
let schema: GraphQLSchema;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp(inject('databaseServerUrl'), {
    adminEmail: ADMIN.email,
    adminPassword: ADMIN.password,
  });
  schema = await createSchema();
  tokens.BUREAU = await app.login(ADMIN.email, ADMIN.password);
  tokens.ENTERPRISE = (await registerMember(app, 'ENTERPRISE')).token;
  tokens.UNIVERSITY = (await registerMember(app, 'UNIVERSITY')).token;
  tokens.EXPERT = (await createExpert(app, tokens.BUREAU)).token;
});
afterAll(() => app.stop());

describe('the permission matrix', () => {
  it('places every mutation of the schema in the table', () => {
    const mutations = Object.keys(schema.getMutationType()!.getFields()).sort();
    expect(mutations).toEqual(Object.keys(GATES).sort());
  });

  it('refuses every non-public mutation to an anonymous caller with UNAUTHENTICATED', async () => {
    const wrong: string[] = [];
    for (const field of Object.values(schema.getMutationType()!.getFields())) {
      if (GATES[field.name] === 'PUBLIC') {
        continue;
      }
      const { query, variables } = operation(field);
      const result = await app.graphql(query, variables);
      if (codeOf(result) !== 'UNAUTHENTICATED' || result.data?.[field.name]) {
        wrong.push(`${field.name}: ${codeOf(result) ?? 'allowed'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses the bureau’s mutations to members and experts, and lets the bureau past the gate', async () => {
    const wrong: string[] = [];
    for (const field of Object.values(schema.getMutationType()!.getFields())) {
      const gate = GATES[field.name];
      if (gate === 'PUBLIC') {
        continue;
      }
      const { query, variables } = operation(field);
      for (const role of ['ENTERPRISE', 'UNIVERSITY', 'EXPERT', 'BUREAU']) {
        const result = await app.graphql(query, variables, tokens[role]);
        const code = codeOf(result);
        const refusedByRole = code === 'FORBIDDEN' || code === 'UNAUTHENTICATED';
        if (code === 'INTERNAL_SERVER_ERROR') {
          wrong.push(`${field.name} as ${role}: INTERNAL_SERVER_ERROR`);
        } else if (gate === 'BUREAU' && role !== 'BUREAU' && code !== 'FORBIDDEN' && code !== 'NOT_FOUND') {
          wrong.push(`${field.name} as ${role}: ${code ?? 'allowed'}, expected FORBIDDEN or NOT_FOUND`);
        } else if ((gate === 'SIGNED_IN' || role === 'BUREAU') && code === 'UNAUTHENTICATED') {
          wrong.push(`${field.name} as ${role}: UNAUTHENTICATED`);
        } else if (gate === 'BUREAU' && role === 'BUREAU' && refusedByRole) {
          wrong.push(`${field.name} as BUREAU: ${code}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
