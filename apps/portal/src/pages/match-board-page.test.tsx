import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { match } from '../testing/brokering-fixtures';
import { bureauMe } from '../testing/fixtures';
import { renderApp } from '../testing/render';

const bureauView = { viewerSide: null };

describe('match board', () => {
  it('shows each match in its stage column and flags the overdue', async () => {
    renderApp('/board', {
      Me: { data: { me: bureauMe } },
      Matches: {
        data: {
          matches: [
            match({
              ...bureauView,
              id: 'm-1',
              stage: 'MUTUAL_INTEREST',
              availableActions: ['MEET', 'CLOSE'],
              overdue: true,
            }),
            match({ ...bureauView, id: 'm-2', stage: 'PROPOSED', availableActions: ['INTEREST', 'CLOSE'] }),
          ],
        },
      },
    });
    const mutual = await screen.findByRole('region', { name: '双方有意向' });
    expect(within(mutual).getByText('待跟进')).toBeTruthy();
    expect(within(mutual).getByRole('button', { name: '登记合同' })).toBeTruthy();
    expect(
      within(screen.getByRole('region', { name: '已推荐' })).getByRole('button', { name: '表达意向' }),
    ).toBeTruthy();
    expect(within(screen.getByRole('region', { name: '已签约' })).getByText('暂无')).toBeTruthy();
  });

  it('advances to a meeting with the note and the version it read', async () => {
    const view = renderApp('/board', {
      Me: { data: { me: bureauMe } },
      Matches: {
        data: {
          matches: [match({ ...bureauView, stage: 'MUTUAL_INTEREST', availableActions: ['MEET', 'CLOSE'] })],
        },
      },
      ScheduleMeeting: { data: { scheduleMeeting: match({ stage: 'MEETING', version: 3 }) } },
    });
    fireEvent.click(await screen.findByRole('button', { name: '安排洽谈会面' }));
    fireEvent.change(await screen.findByLabelText('会面安排（时间、地点、参加人）'), {
      target: { value: '周三上午在怀化学院面谈' },
    });
    fireEvent.click(screen.getByRole('button', { name: '确 定' }));
    await waitFor(() => expect(view.callsOf('ScheduleMeeting')).toHaveLength(1));
    expect(view.callsOf('ScheduleMeeting')[0]!.variables).toEqual({
      id: 'm-1',
      input: { expectedVersion: 2, note: '周三上午在怀化学院面谈' },
    });
  });

  it('requires a reason before closing a match', async () => {
    const view = renderApp('/board', {
      Me: { data: { me: bureauMe } },
      Matches: {
        data: {
          matches: [match({ ...bureauView, stage: 'MEETING', availableActions: ['NEGOTIATE', 'CLOSE'] })],
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: '关闭对接' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '确 定' }));
    expect(await screen.findByText('请选择关闭原因')).toBeTruthy();
    expect(view.callsOf('CloseMatch')).toHaveLength(0);
  });
});
