import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demand, enterpriseMe } from '../testing/fixtures';
import { renderApp } from '../testing/render';
import { graphqlError } from '../testing/urql';

const matches = {
  matchesForDemand: [
    {
      __typename: 'AchievementMatch',
      score: 86.4,
      reasons: [
        '共同概念：氧化酸败（需求中的“发哈、变味”）',
        '成熟度 TRL 7 级，满足需求的最低 6 级',
        '报价 25 万元，在预算 30 万元以内',
      ],
      achievement: {
        __typename: 'Achievement',
        id: 'a-1',
        title: '竹叶黄酮复配抑制山茶油氧化酸败技术',
        summary: '…',
        industryChain: 'CAMELLIA_OIL',
        trl: 7,
        askingPriceWan: 25,
        transferModes: ['LICENSE'],
        institution: '怀化学院',
        status: 'PUBLISHED',
      },
    },
  ],
};

describe('demand detail page', () => {
  it('shows recommended achievements with their score and every reason as a list item', async () => {
    const view = renderApp('/demands/d-1', {
      Me: { data: { me: enterpriseMe } },
      Demand: { data: { demand: demand() } },
      MatchesForDemand: { data: matches },
    });
    expect(await screen.findByRole('heading', { name: '小瓶茶油开封后容易发哈变味' })).toBeTruthy();
    expect(await screen.findByText('竹叶黄酮复配抑制山茶油氧化酸败技术')).toBeTruthy();
    expect(screen.getByRole('group', { name: '匹配度 86 分' })).toBeTruthy();
    const reasons = within(screen.getByRole('list', { name: '推荐理由' })).getAllByRole('listitem');
    expect(reasons.map((item) => item.textContent)).toEqual(matches.matchesForDemand[0]!.reasons);
    expect(screen.getByText('2027年3月31日')).toBeTruthy();
    expect(screen.getByText('30 万元')).toBeTruthy();
    expect(view.callsOf('MatchesForDemand')[0]!.variables).toMatchObject({
      demandId: 'd-1',
      industryChains: null,
      minScore: null,
    });
  });

  it('says so when nothing matches', async () => {
    renderApp('/demands/d-1', {
      Me: { data: { me: enterpriseMe } },
      Demand: { data: { demand: demand() } },
      MatchesForDemand: { data: { matchesForDemand: [] } },
    });
    expect(await screen.findByText(/暂无符合条件的推荐成果/)).toBeTruthy();
  });

  it('answers NOT_FOUND with 未找到', async () => {
    renderApp('/demands/missing', {
      Me: { data: { me: enterpriseMe } },
      Demand: graphqlError('NOT_FOUND', '需求不存在'),
    });
    expect(await screen.findByText('未找到')).toBeTruthy();
  });

  it('offers 去登录 when the session has expired', async () => {
    renderApp('/demands/d-1', {
      Me: { data: { me: null } },
      Demand: graphqlError('UNAUTHENTICATED', 'whatever the server says'),
    });
    expect(await screen.findByRole('button', { name: '去登录' })).toBeTruthy();
  });
});
