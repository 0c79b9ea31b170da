import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bureauMe } from '../testing/fixtures';
import { renderApp } from '../testing/render';

const fair = {
  id: 'ev-1',
  title: '鹤城区油茶产业技术对接会',
  kind: 'MATCHMAKING_FAIR',
  kindLabel: '对接会',
  startsAt: '2026-12-05T01:30:00.000Z',
  place: '怀化学院图书馆报告厅',
  description: '',
  attendeeCount: 0,
  invitedOrganizations: [
    { id: 'org-hhu', name: '怀化学院' },
    { id: 'org-jinxi', name: '怀化锦溪油茶科技有限公司' },
  ],
  attendedOrganizations: [],
  version: 3,
  matches: [],
};

const organizations = {
  data: {
    organizations: [
      { id: 'org-hhu', name: '怀化学院', kind: 'UNIVERSITY' },
      { id: 'org-jinxi', name: '怀化锦溪油茶科技有限公司', kind: 'ENTERPRISE' },
      { id: 'org-bureau', name: '鹤城区科学技术局', kind: 'BUREAU' },
    ],
  },
};

describe('matchmaking events', () => {
  it('records attendance: the count and the organisations, the invited ones preselected', async () => {
    const view = renderApp('/events', {
      Me: { data: { me: bureauMe } },
      MatchmakingEvents: { data: { matchmakingEvents: [fair] } },
      Organizations: {
        data: {
          organizations: [
            { id: 'org-hhu', name: '怀化学院', kind: 'UNIVERSITY' },
            { id: 'org-jinxi', name: '怀化锦溪油茶科技有限公司', kind: 'ENTERPRISE' },
            { id: 'org-bureau', name: '鹤城区科学技术局', kind: 'BUREAU' },
          ],
        },
      },
      RecordEventAttendance: {
        data: {
          recordEventAttendance: {
            id: 'ev-1',
            attendeeCount: 86,
            attendedOrganizations: fair.invitedOrganizations,
          },
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: '登记到场' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('登记到场：鹤城区油茶产业技术对接会')).toBeTruthy();
    expect(within(dialog).getByText('怀化学院')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('到场人数'), { target: { value: '86' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '登 记' }));
    await waitFor(() => expect(view.callsOf('RecordEventAttendance')).toHaveLength(1));
    expect(view.callsOf('RecordEventAttendance')[0]!.variables).toEqual({
      id: 'ev-1',
      input: { attendeeCount: 86, organizationIds: ['org-hhu', 'org-jinxi'] },
    });
  });

  it('shows the organisations that came on the card', async () => {
    renderApp('/events', {
      Me: { data: { me: bureauMe } },
      MatchmakingEvents: {
        data: {
          matchmakingEvents: [
            { ...fair, attendeeCount: 40, attendedOrganizations: [{ id: 'org-hhu', name: '怀化学院' }] },
          ],
        },
      },
    });
    expect(await screen.findByText('到场单位：怀化学院')).toBeTruthy();
    expect(screen.getByText(/到场 40 人/)).toBeTruthy();
  });

  it('changes an event with its version, keeping the listings linked to it', async () => {
    const view = renderApp('/events', {
      Me: { data: { me: bureauMe } },
      MatchmakingEvents: { data: { matchmakingEvents: [fair] } },
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
    fireEvent.click(await screen.findByRole('button', { name: '修 改' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('修改活动：鹤城区油茶产业技术对接会')).toBeTruthy();
    const place = within(dialog).getByLabelText('地点');
    expect((place as HTMLInputElement).value).toBe('怀化学院图书馆报告厅');
    fireEvent.change(place, { target: { value: '怀化学院第二报告厅' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保 存' }));
    await waitFor(() => expect(view.callsOf('UpdateMatchmakingEvent')).toHaveLength(1));
    expect(view.callsOf('UpdateMatchmakingEvent')[0]!.variables).toEqual({
      id: 'ev-1',
      expectedVersion: 3,
      input: {
        title: '鹤城区油茶产业技术对接会',
        kind: 'MATCHMAKING_FAIR',
        startsAt: '2026-12-05T01:30:00.000Z',
        place: '怀化学院第二报告厅',
        description: undefined,
        invitedOrganizationIds: ['org-hhu', 'org-jinxi'],
        achievementIds: ['a-1'],
        demandIds: ['d-1'],
      },
    });
  });
});
