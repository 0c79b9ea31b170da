import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/index.js';
import { ADMIN, codeOf } from '../../testing/fixtures.js';
import { forceMatch, gql, pair, party, propose, sql, type Party } from './brokering.fixtures.js';

let app: TestApp;
let bureau: string;
let enterprise: Party;
let university: Party;
let otherUniversity: Party;
let contracted: string;

const REGISTER =
  'mutation($input: TechContractInput!) { registerTechContract(input: $input) { id status amountWan } }';
const SUBMIT =
  'mutation($input: TechContractInput!) { submitTechContract(input: $input) { id status amountWan } }';
const DAY = 86_400_000;

async function contract(token: string, mutation: string, fields: Record<string, unknown>) {
  return app.graphql(
    mutation,
    {
      input: {
        title: '技术合同',
        type: 'DEVELOPMENT',
        buyerId: enterprise.organizationId,
        sellerId: university.organizationId,
        industryChain: 'CAMELLIA_OIL',
        ...fields,
      },
    },
    token,
  );
}

/** Moves a match through the named actions. */
async function drive(id: string, actions: string[]) {
  for (const action of actions) {
    const [query, token] = {
      interestD: [
        'mutation($id: ID!) { expressInterest(input: { matchId: $id }) { stage } }',
        enterprise.token,
      ],
      interestA: [
        'mutation($id: ID!) { expressInterest(input: { matchId: $id }) { stage } }',
        university.token,
      ],
      meet: ['mutation($id: ID!) { scheduleMeeting(id: $id) { stage } }', bureau],
      negotiate: ['mutation($id: ID!) { startNegotiation(id: $id) { stage } }', bureau],
      close: ['mutation($id: ID!) { closeMatch(id: $id, input: { reason: NO_RESPONSE }) { stage } }', bureau],
    }[action]!;
    await gql(app, query, { id }, token);
  }
}

/** Rewrites a match's event times to day offsets from a fixed start, in the order the events were written. */
async function retime(id: string, days: number[]) {
  const events = await sql<{ id: string }>(app, 'select id from match_event where match_id = ? order by id', [
    id,
  ]);
  expect(events).toHaveLength(days.length);
  const start = Date.parse('2026-01-05T02:00:00Z');
  for (const [i, event] of events.entries()) {
    await sql(app, 'update match_event set at = ? where id = ?', [
      new Date(start + days[i]! * DAY),
      event.id,
    ]);
  }
}

beforeAll(async () => {
  app = await startTestApp(inject('databaseServerUrl'), {
    adminEmail: ADMIN.email,
    adminPassword: ADMIN.password,
  });
  bureau = await app.login(ADMIN.email, ADMIN.password);
  enterprise = await party(app, 'ENTERPRISE');
  university = await party(app, 'UNIVERSITY');
  otherUniversity = await party(app, 'UNIVERSITY');

  // Five matches: A at MEETING, B at MUTUAL_INTEREST, C closed from INTERESTED, D contracted, E just proposed.
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) {
    const { demandId, achievementId } = await pair(app, bureau, enterprise, university);
    ids.push(await propose(app, bureau, demandId, achievementId));
  }
  const [a, b, c, d] = ids as [string, string, string, string, string];
  contracted = d;
  await drive(a, ['interestD', 'interestA', 'meet']);
  await drive(b, ['interestD', 'interestA']);
  await drive(c, ['interestD', 'close']);
  await drive(d, ['interestA', 'interestD', 'meet', 'negotiate']);

  // Confirmed contracts: 2025 → 100.10 (Feb), 50.25 (May), 200.00 (Nov); 2026 → 60.00 (Jan), 70.33 (Mar), 40.00 (Jun), 300.05 (Oct, from D).
  const registered: [string, string, string, Party][] = [
    ['2025-02-10', '100.10', 'CAMELLIA_OIL', university],
    ['2025-05-20', '50.25', 'CAMELLIA_OIL', university],
    ['2025-11-03', '200', 'NEW_ENERGY', university],
    ['2026-01-15', '60.00', 'NEW_ENERGY', otherUniversity],
    ['2026-03-31', '70.33', 'CAMELLIA_OIL', university],
    ['2026-06-30', '40.0', 'NEW_ENERGY', otherUniversity],
  ];
  for (const [signedOn, amountWan, industryChain, seller] of registered) {
    const result = await contract(bureau, REGISTER, {
      signedOn,
      amountWan,
      industryChain,
      sellerId: seller.organizationId,
    });
    expect(result.data?.registerTechContract.status).toBe('CONFIRMED');
  }
  // Submitted by a party: one confirmed (from match D), one rejected, one left pending; only the first counts.
  const fromMatch = await gql(
    app,
    SUBMIT,
    {
      input: {
        title: '茶油保鲜技术开发合同',
        type: 'DEVELOPMENT',
        amountWan: '300.05',
        signedOn: '2026-10-01',
        matchId: d,
      },
    },
    enterprise.token,
  );
  expect(fromMatch.submitTechContract.status).toBe('PENDING');
  const rejected = (await contract(university.token, SUBMIT, { signedOn: '2026-02-01', amountWan: '999.99' }))
    .data!.submitTechContract.id;
  await contract(university.token, SUBMIT, { signedOn: '2025-02-01', amountWan: '888.88' });
  expect(
    (await gql(app, 'query($id: ID!) { match(id: $id) { stage } }', { id: d }, bureau)).match.stage,
  ).toBe('NEGOTIATING');
  await gql(
    app,
    'mutation($id: ID!) { confirmTechContract(id: $id) { status } }',
    { id: fromMatch.submitTechContract.id },
    bureau,
  );
  await gql(
    app,
    'mutation($id: ID!) { rejectTechContract(id: $id, reason: "金额与合同文本不符") { status } }',
    { id: rejected },
    bureau,
  );

  await retime(a, [0, 1, 3, 10]);
  await retime(b, [0, 3, 4]);
  await retime(c, [0, 5, 6]);
  await retime(d, [0, 7, 8, 9, 10, 12]);
});
afterAll(() => app.stop());

describe('technology contracts', () => {
  it('moves the match to CONTRACTED on confirmation, in one step recorded like any other', async () => {
    const data = await gql(
      app,
      'query($id: ID!) { match(id: $id) { stage events { action toStage } contracts { status amountWan signedOn buyer { id } seller { id } industryChain } } }',
      { id: contracted },
      enterprise.token,
    );
    expect(data.match.stage).toBe('CONTRACTED');
    expect(data.match.events.at(-1)).toEqual({ action: 'CONTRACT', toStage: 'CONTRACTED' });
    expect(data.match.contracts).toEqual([
      {
        status: 'CONFIRMED',
        amountWan: '300.05',
        signedOn: '2026-10-01',
        buyer: { id: enterprise.organizationId },
        seller: { id: university.organizationId },
        industryChain: 'CAMELLIA_OIL',
      },
    ]);
  });

  it('keeps amounts exact and refuses bad input, outsiders and matches without mutual interest', async () => {
    const list = await gql(
      app,
      '{ techContracts(filter: { year: 2025, status: CONFIRMED }) { amountWan } }',
      {},
      bureau,
    );
    expect(list.techContracts.map((c: any) => c.amountWan).sort()).toEqual(['100.10', '200.00', '50.25']);
    expect(codeOf(await contract(bureau, REGISTER, { signedOn: '2026-01-01', amountWan: '1.234' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await contract(bureau, REGISTER, { signedOn: '2026-01-01', amountWan: '0' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await contract(bureau, REGISTER, { signedOn: '2099-01-01', amountWan: '1' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      codeOf(await contract(enterprise.token, REGISTER, { signedOn: '2026-01-01', amountWan: '1' })),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await contract(otherUniversity.token, SUBMIT, { signedOn: '2026-01-01', amountWan: '1' })),
    ).toBe('FORBIDDEN');
    const { demandId, achievementId } = await pair(app, bureau, enterprise, university);
    const early = await propose(app, bureau, demandId, achievementId);
    for (const stage of ['PROPOSED', 'INTERESTED', 'CLOSED']) {
      await forceMatch(app, early, stage, { interestedSide: stage === 'INTERESTED' ? 'DEMAND' : null });
      expect(
        codeOf(await contract(bureau, REGISTER, { signedOn: '2026-01-01', amountWan: '1', matchId: early })),
      ).toBe('CONFLICT');
    }
    await sql(app, 'delete from "match" where id = ?', [early]);
    // Only the bureau's confirmation counts: the member sees their pending submission, not as turnover.
    const mine = await gql(
      app,
      '{ techContracts(filter: { status: PENDING }) { amountWan } }',
      {},
      university.token,
    );
    expect(mine.techContracts).toEqual([{ amountWan: '888.88' }]);
  });
});

describe('KPIs', () => {
  const TURNOVER = `query($year: Int!, $g: Granularity!, $asOf: LocalDate) { turnoverReport(year: $year, granularity: $g, asOf: $asOf) {
    targetGrowthPercent
    total { label amountWan contractCount lastYearAmountWan targetAmountWan growthPercent meetsTarget }
    periods { index label amountWan contractCount lastYearAmountWan growthPercent meetsTarget } } }`;

  it('reports turnover by quarter against the same quarter last year and the +20 % target', async () => {
    const { turnoverReport: report } = await gql(app, TURNOVER, { year: 2026, g: 'QUARTER' }, bureau);
    expect(report.targetGrowthPercent).toBe(20);
    // 2026: 60.00 + 70.33 + 40.00 + 300.05 = 470.38; 2025: 100.10 + 50.25 + 200.00 = 350.35;
    // growth 120.03 / 350.35 = 34.26 %; target 350.35 × 1.2 = 420.42.
    expect(report.total).toEqual({
      label: '2026年',
      amountWan: '470.38',
      contractCount: 4,
      lastYearAmountWan: '350.35',
      targetAmountWan: '420.42',
      growthPercent: 34.26,
      meetsTarget: true,
    });
    expect(report.periods).toEqual([
      // Q1: 130.33 against 100.10 → +30.20 %
      {
        index: 1,
        label: '2026年第1季度',
        amountWan: '130.33',
        contractCount: 2,
        lastYearAmountWan: '100.10',
        growthPercent: 30.2,
        meetsTarget: true,
      },
      // Q2: 40.00 against 50.25 → −20.40 %
      {
        index: 2,
        label: '2026年第2季度',
        amountWan: '40.00',
        contractCount: 1,
        lastYearAmountWan: '50.25',
        growthPercent: -20.4,
        meetsTarget: false,
      },
      {
        index: 3,
        label: '2026年第3季度',
        amountWan: '0.00',
        contractCount: 0,
        lastYearAmountWan: '0.00',
        growthPercent: null,
        meetsTarget: null,
      },
      // Q4: 300.05 against 200.00 → +50.025 → 50.03 %
      {
        index: 4,
        label: '2026年第4季度',
        amountWan: '300.05',
        contractCount: 1,
        lastYearAmountWan: '200.00',
        growthPercent: 50.03,
        meetsTarget: true,
      },
    ]);
  });

  it('reports turnover by month and year to date', async () => {
    const { turnoverReport: months } = await gql(app, TURNOVER, { year: 2026, g: 'MONTH' }, bureau);
    expect(months.periods).toHaveLength(12);
    expect(
      months.periods
        .slice(0, 3)
        .map((p: any) => [p.label, p.amountWan, p.lastYearAmountWan, p.growthPercent]),
    ).toEqual([
      ['2026年1月', '60.00', '0.00', null],
      ['2026年2月', '0.00', '100.10', -100],
      ['2026年3月', '70.33', '0.00', null],
    ]);
    const { turnoverReport: ytd } = await gql(
      app,
      TURNOVER,
      { year: 2026, g: 'YEAR', asOf: '2026-03-31' },
      bureau,
    );
    expect(ytd.total).toMatchObject({
      amountWan: '130.33',
      lastYearAmountWan: '100.10',
      growthPercent: 30.2,
    });
    expect(ytd.periods).toEqual([{ ...ytd.periods[0], index: 1, label: '2026年' }]);
  });

  it('counts the funnel: reached, standing, conversion', async () => {
    const { matchFunnel } = await gql(
      app,
      '{ matchFunnel { total closed stages { stage current reached conversionPercent } } }',
      {},
      bureau,
    );
    expect(matchFunnel.total).toBe(5);
    expect(matchFunnel.closed).toBe(1);
    expect(matchFunnel.stages).toEqual([
      { stage: 'PROPOSED', current: 1, reached: 5, conversionPercent: null },
      { stage: 'INTERESTED', current: 0, reached: 4, conversionPercent: 80 },
      { stage: 'MUTUAL_INTEREST', current: 1, reached: 3, conversionPercent: 75 },
      { stage: 'MEETING', current: 1, reached: 2, conversionPercent: 66.7 },
      { stage: 'NEGOTIATING', current: 0, reached: 1, conversionPercent: 50 },
      { stage: 'CONTRACTED', current: 1, reached: 1, conversionPercent: 100 },
    ]);
    expect((await gql(app, '{ matchFunnel(year: 2025) { total } }', {}, bureau)).matchFunnel.total).toBe(0);
  });

  it('gives the median days spent in each stage', async () => {
    const { stageDurations } = await gql(app, '{ stageDurations { stage medianDays samples } }', {}, bureau);
    expect(stageDurations).toEqual([
      { stage: 'PROPOSED', medianDays: 4, samples: 4 }, // 1, 3, 5, 7
      { stage: 'INTERESTED', medianDays: 1, samples: 4 }, // 2, 1, 1, 1
      { stage: 'MUTUAL_INTEREST', medianDays: 4, samples: 2 }, // 7, 1
      { stage: 'MEETING', medianDays: 1, samples: 1 },
      { stage: 'NEGOTIATING', medianDays: 2, samples: 1 },
    ]);
  });

  it('breaks matches and turnover down by industry chain, university and enterprise', async () => {
    const q =
      'query($d: KpiDimension!) { kpiBreakdown(dimension: $d, year: 2026) { key label matchCount contractedMatchCount contractCount turnoverWan } }';
    const chains = (await gql(app, q, { d: 'INDUSTRY_CHAIN' }, bureau)).kpiBreakdown;
    expect(chains).toEqual([
      {
        key: 'CAMELLIA_OIL',
        label: '油茶及其他油料',
        matchCount: 5,
        contractedMatchCount: 1,
        contractCount: 2,
        turnoverWan: '370.38',
      },
      {
        key: 'NEW_ENERGY',
        label: '新能源及其装备',
        matchCount: 0,
        contractedMatchCount: 0,
        contractCount: 2,
        turnoverWan: '100.00',
      },
    ]);
    const universities = (await gql(app, q, { d: 'UNIVERSITY' }, bureau)).kpiBreakdown;
    expect(universities).toEqual([
      {
        key: university.organizationId,
        label: university.organizationName,
        matchCount: 5,
        contractedMatchCount: 1,
        contractCount: 2,
        turnoverWan: '370.38',
      },
      {
        key: otherUniversity.organizationId,
        label: otherUniversity.organizationName,
        matchCount: 0,
        contractedMatchCount: 0,
        contractCount: 2,
        turnoverWan: '100.00',
      },
    ]);
    const enterprises = (await gql(app, q, { d: 'ENTERPRISE' }, bureau)).kpiBreakdown;
    expect(enterprises).toEqual([
      {
        key: enterprise.organizationId,
        label: enterprise.organizationName,
        matchCount: 5,
        contractedMatchCount: 1,
        contractCount: 4,
        turnoverWan: '470.38',
      },
    ]);
  });

  it('counts listings published per period', async () => {
    const [first] = await sql<{ id: string }>(app, 'select id from achievement order by created_at limit 1');
    await sql(app, `update achievement set published_at = '2026-02-10T03:00:00Z' where id = ?`, [first!.id]);
    const { listingsPublished } = await gql(
      app,
      '{ listingsPublished(year: 2026, granularity: QUARTER) { index label achievements demands } }',
      {},
      bureau,
    );
    const [now] = await sql<{ q: number }>(
      app,
      `select extract(quarter from (now() at time zone 'Asia/Shanghai'))::int as q`,
    );
    const [counts] = await sql<{ a: number; d: number }>(
      app,
      'select (select count(*)::int from achievement) as a, (select count(*)::int from demand) as d',
    );
    const expected = [1, 2, 3, 4].map((index) => ({
      index,
      label: `2026年第${index}季度`,
      achievements: (index === 1 ? 1 : 0) + (index === now!.q ? counts!.a - 1 : 0),
      demands: index === now!.q ? counts!.d : 0,
    }));
    expect(listingsPublished).toEqual(expected);
  });

  it('answers the bureau only', async () => {
    for (const query of [
      '{ matchFunnel { total } }',
      '{ turnoverReport(year: 2026) { year } }',
      '{ stageDurations { stage } }',
    ]) {
      expect(codeOf(await app.graphql(query, {}, enterprise.token))).toBe('FORBIDDEN');
      expect(codeOf(await app.graphql(query, {}))).toBe('UNAUTHENTICATED');
    }
  });
});
