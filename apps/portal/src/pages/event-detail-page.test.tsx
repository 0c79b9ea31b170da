import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bureauMe, enterpriseMe } from '../testing/fixtures';
import { graphqlError } from '../testing/urql';
import { renderApp } from '../testing/render';

const fair = {
  __typename: 'MatchmakingEvent',
  id: 'ev-1',
  title: '鹤城区油茶产业技术对接会',
  kind: 'MATCHMAKING_FAIR',
  kindLabel: '对接会',
  startsAt: '2026-12-05T01:30:00.000Z',
  place: '怀化学院图书馆报告厅',
  description: '油茶精深加工专场',
  attendeeCount: 40,
  createdAt: '2026-11-01T01:30:00.000Z',
  version: 3,
  invitedOrganizations: [
    { id: 'org-hhu', name: '怀化学院' },
    { id: 'org-jinxi', name: '怀化锦溪油茶科技有限公司' },
  ],
  attendedOrganizations: [{ id: 'org-hhu', name: '怀化学院' }],
  achievements: [{ id: 'a-1', title: '油茶籽低温压榨技术' }],
  demands: [{ id: 'd-1', title: '油茶籽油精炼工艺改进' }],
  matches: [
    {
      id: 'm-1',
      stage: 'CONTRACTED',
      stageLabel: '已签约',
      demand: { id: 'd-1', title: '油茶籽油精炼工艺改进' },
      achievement: { id: 'a-1', title: '油茶籽低温压榨技术' },
    },
  ],
};

const organizations = {
  data: {
    organizations: [
      { id: 'org-hhu', name: '怀化学院', kind: 'UNIVERSITY' },
      { id: 'org-jinxi', name: '怀化锦溪油茶科技有限公司', kind: 'ENTERPRISE' },
      { id: 'org-csu', name: '中南林业科技大学', kind: 'UNIVERSITY' },
      { id: 'org-bureau', name: '鹤城区科学技术局', kind: 'BUREAU' },
    ],
  },
};

describe('matchmaking event detail', () => {
  it('is linked from the events list', async () => {
    renderApp('/events', {
      Me: { data: { me: bureauMe } },
      MatchmakingEvents: {
        data: { matchmakingEvents: [{ ...fair, achievements: undefined, demands: undefined }] },
      },
    });
    const link = await screen.findByRole('link', { name: '鹤城区油茶产业技术对接会' });
    expect(link.getAttribute('href')).toBe('/events/ev-1');
  });

  it('shows the event: when, where, who was invited and came, and what it led to', async () => {
    const view = renderApp('/events/ev-1', {
      Me: { data: { me: bureauMe } },
      MatchmakingEvent: { data: { matchmakingEvent: fair } },
    });
    expect(await screen.findByRole('heading', { name: '鹤城区油茶产业技术对接会' })).toBeTruthy();
    expect(view.callsOf('MatchmakingEvent')[0]!.variables).toEqual({ id: 'ev-1' });
    expect(screen.getByText('对接会')).toBeTruthy();
    expect(screen.getByText('怀化学院图书馆报告厅')).toBeTruthy();
    expect(screen.getByText('怀化学院、怀化锦溪油茶科技有限公司')).toBeTruthy();
    expect(screen.getByText('40 人')).toBeTruthy();
    expect(screen.getByText('油茶精深加工专场')).toBeTruthy();
    expect(screen.getByText('促成的对接（1 个，已签约 1 个）')).toBeTruthy();
    expect(
      screen.getByRole('link', { name: '油茶籽油精炼工艺改进 × 油茶籽低温压榨技术' }).getAttribute('href'),
    ).toBe('/matches/m-1');
    expect(screen.getByRole('link', { name: '油茶籽低温压榨技术' }).getAttribute('href')).toBe(
      '/achievements/a-1',
    );
  });

  it('shows the server error when the event cannot be read', async () => {
    renderApp('/events/missing', {
      Me: { data: { me: bureauMe } },
      MatchmakingEvent: graphqlError('NOT_FOUND', '对接活动不存在'),
    });
    expect(await screen.findByText(/对接活动不存在/)).toBeTruthy();
  });

  it('records attendance from the detail page with the count and the organisations', async () => {
    const view = renderApp('/events/ev-1', {
      Me: { data: { me: bureauMe } },
      MatchmakingEvent: { data: { matchmakingEvent: fair } },
      Organizations: organizations,
      RecordEventAttendance: {
        data: {
          recordEventAttendance: {
            __typename: 'MatchmakingEvent',
            id: 'ev-1',
            attendeeCount: 86,
            attendedOrganizations: fair.attendedOrganizations,
          },
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: '登记到场' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('登记到场：鹤城区油茶产业技术对接会')).toBeTruthy();
    const count = within(dialog).getByLabelText('到场人数') as HTMLInputElement;
    expect(count.value).toBe('40');
    fireEvent.change(count, { target: { value: '86' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '登 记' }));
    await waitFor(() => expect(view.callsOf('RecordEventAttendance')).toHaveLength(1));
    expect(view.callsOf('RecordEventAttendance')[0]!.variables).toEqual({
      id: 'ev-1',
      input: { attendeeCount: 86, organizationIds: ['org-hhu'] },
    });
  });

  it('changes the event from the detail page with its version, keeping its linked listings', async () => {
    const view = renderApp('/events/ev-1', {
      Me: { data: { me: bureauMe } },
      MatchmakingEvent: { data: { matchmakingEvent: fair } },
      Organizations: organizations,
      MatchmakingEventLinks: {
        data: {
          matchmakingEvent: {
            id: 'ev-1',
            version: 3,
            achievements: [{ id: 'a-1' }],
            demands: [{ id: 'd-1' }],
          },
        },
      },
      UpdateMatchmakingEvent: { data: { updateMatchmakingEvent: { id: 'ev-1', version: 4 } } },
    });
    fireEvent.click(await screen.findByRole('button', { name: '修改活动' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('活动名称'), {
      target: { value: '鹤城区油茶产业技术对接会（第二场）' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: '保 存' }));
    await waitFor(() => expect(view.callsOf('UpdateMatchmakingEvent')).toHaveLength(1));
    expect(view.callsOf('UpdateMatchmakingEvent')[0]!.variables).toEqual({
      id: 'ev-1',
      expectedVersion: 3,
      input: {
        title: '鹤城区油茶产业技术对接会（第二场）',
        kind: 'MATCHMAKING_FAIR',
        startsAt: '2026-12-05T01:30:00.000Z',
        place: '怀化学院图书馆报告厅',
        description: '油茶精深加工专场',
        invitedOrganizationIds: ['org-hhu', 'org-jinxi'],
        achievementIds: ['a-1'],
        demandIds: ['d-1'],
      },
    });
  });

  it('shows a member the event, with no bureau actions and no way to the bureau-only list', async () => {
    renderApp('/events/ev-1', {
      Me: { data: { me: enterpriseMe } },
      MatchmakingEvent: { data: { matchmakingEvent: { ...fair, matches: [] } } },
    });
    expect(await screen.findByRole('heading', { name: '鹤城区油茶产业技术对接会' })).toBeTruthy();
    expect(screen.getByText('怀化学院图书馆报告厅')).toBeTruthy();
    expect(screen.getByText('这场活动还没有促成对接')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '登记到场' })).toBeNull();
    expect(screen.queryByRole('button', { name: '修改活动' })).toBeNull();
    expect(screen.queryByRole('link', { name: '返回对接活动列表' })).toBeNull();
  });
});
