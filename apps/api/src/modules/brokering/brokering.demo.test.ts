import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../demo/demo-data.js';
import { startTestApp, type TestApp } from '../../testing/index.js';
import { gql } from './brokering.fixtures.js';

let app: TestApp;
let bureau: string;

beforeAll(async () => {
  app = await startTestApp(inject('databaseServerUrl'), { seedDemo: true });
  bureau = await app.login('bureau@demo.hc-ttp.cn', DEMO_PASSWORD);
});
afterAll(() => app.stop());

describe('brokering demo data', () => {
  it('shows matches in every stage, two events, and 2026 turnover above the +20 % target', async () => {
    const { matchFunnel } = await gql(
      app,
      '{ matchFunnel { total closed stages { stage current } } }',
      {},
      bureau,
    );
    expect(matchFunnel.total).toBe(14);
    expect(matchFunnel.closed).toBe(1);
    expect(matchFunnel.stages.every((s: { current: number }) => s.current > 0)).toBe(true);
    const { matchmakingEvents } = await gql(
      app,
      '{ matchmakingEvents { title matches { id } attendedOrganizations { name } } }',
      {},
      bureau,
    );
    expect(matchmakingEvents).toHaveLength(2);
    expect(matchmakingEvents.every((e: { matches: unknown[] }) => e.matches.length > 0)).toBe(true);
    const { techContracts } = await gql(
      app,
      '{ techContracts(filter: { status: CONFIRMED }) { id } }',
      {},
      bureau,
    );
    expect(techContracts.length).toBeGreaterThanOrEqual(6);
    const { turnoverReport } = await gql(
      app,
      '{ turnoverReport(year: 2026) { total { amountWan lastYearAmountWan growthPercent meetsTarget } } }',
      {},
      bureau,
    );
    expect(turnoverReport.total).toEqual({
      amountWan: '353.00',
      lastYearAmountWan: '275.50',
      growthPercent: 28.13,
      meetsTarget: true,
    });
    expect((await gql(app, '{ overdueMatches { id } }', {}, bureau)).overdueMatches.length).toBeGreaterThan(
      0,
    );
  });
});
