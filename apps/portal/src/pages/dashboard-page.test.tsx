import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bureauMe } from '../testing/fixtures';
import { renderApp } from '../testing/render';

const period = (index: number, amountWan: string, lastYearAmountWan: string) => ({
  index,
  label: `第${index}季度`,
  amountWan,
  lastYearAmountWan,
  targetAmountWan: String(Number(lastYearAmountWan) * 1.2),
  contractCount: 1,
  growthPercent: null,
  meetsTarget: null,
});

describe('dashboard', () => {
  it('shows the year’s turnover in 万元, its growth against last year and whether it meets the +20 % target', async () => {
    renderApp('/dashboard', {
      Me: { data: { me: bureauMe } },
      UnreadNotificationCount: { data: { unreadNotificationCount: 3 } },
      Dashboard: {
        data: {
          turnoverReport: {
            year: 2026,
            targetGrowthPercent: 20,
            total: {
              amountWan: '1260.00',
              contractCount: 7,
              lastYearAmountWan: '1000.00',
              lastYearContractCount: 5,
              growthPercent: 26,
              meetsTarget: true,
              targetAmountWan: '1200.00',
            },
            periods: [
              period(1, '300', '250'),
              period(2, '960', '750'),
              period(3, '0', '0'),
              period(4, '0', '0'),
            ],
          },
          matchFunnel: { total: 0, closed: 0, stages: [] },
          kpiBreakdown: [
            {
              key: 'CAMELLIA_OIL',
              label: '油茶及其他油料',
              matchCount: 4,
              contractedMatchCount: 2,
              contractCount: 2,
              turnoverWan: '320.5',
            },
          ],
          universities: [
            {
              key: 'org-hhu',
              label: '怀化学院',
              matchCount: 6,
              contractedMatchCount: 3,
              contractCount: 3,
              turnoverWan: '88',
            },
          ],
          stageDurations: [
            { stage: 'PROPOSED', label: '已推荐', medianDays: 3.5, samples: 4 },
            { stage: 'MEETING', label: '洽谈会面', medianDays: null, samples: 0 },
          ],
        },
      },
    });
    expect(await screen.findByText('+26%', {}, { timeout: 8000 })).toBeTruthy();
    expect(screen.getByText('1,260 万元')).toBeTruthy();
    expect(screen.getByText('+26%')).toBeTruthy();
    expect(screen.getByText('已达目标（+20%）')).toBeTruthy();
    expect(screen.getByText('320.5 万元')).toBeTruthy();
    expect(screen.getByText('本年度还没有对接')).toBeTruthy();
    expect(screen.getByText('按高校院所')).toBeTruthy();
    expect(screen.getByText('怀化学院')).toBeTruthy();
    expect(screen.getByText('88 万元')).toBeTruthy();
    expect(screen.getByText('各阶段停留天数（中位数）')).toBeTruthy();
    expect(screen.getByRole('img', { name: '各阶段停留时间中位数：已推荐 3.5 天（4 个对接）' })).toBeTruthy();
    expect(screen.getByLabelText('3 条未读')).toBeTruthy();
  });
});
