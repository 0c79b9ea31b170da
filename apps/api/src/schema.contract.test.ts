import { existsSync, readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { contractProblems } from './contract-check.js';
import { createSchema } from './schema.js';

const contractFile = new URL('../contract/contract.graphql', import.meta.url);
const sharedContract = new URL('../../../../shared/spec/contract.graphql', import.meta.url);

describe('the public contract', () => {
  it('is matched by the built schema: every type, field, argument and enum value', async () => {
    const contract = buildSchema(readFileSync(contractFile, 'utf8'));
    expect(contractProblems(contract, await createSchema())).toEqual([]);
  });

  it('is the same file as the shared spec, when the shared folder is beside the project', () => {
    if (!existsSync(sharedContract)) {
      return;
    }
    expect(readFileSync(contractFile, 'utf8')).toBe(readFileSync(sharedContract, 'utf8'));
  });

  it('finds a difference when there is one', async () => {
    const contract = buildSchema(`
      type Query { matchesForDemand(demandId: ID!, first: Int = 5): [Int!]! }
      enum IpType { INVENTION_PATENT SECRET_RECIPE }
    `);
    const problems = contractProblems(contract, await createSchema());
    expect(problems).toContain('IpType.SECRET_RECIPE: missing enum value');
    expect(problems.some((problem) => problem.startsWith('Query.matchesForDemand:'))).toBe(true);
    expect(problems.some((problem) => problem.startsWith('Query.matchesForDemand(first)'))).toBe(true);
  });
});
