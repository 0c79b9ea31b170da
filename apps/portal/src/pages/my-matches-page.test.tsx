import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { match, universityMe } from '../testing/brokering-fixtures';
import { enterpriseMe } from '../testing/fixtures';
import { renderApp } from '../testing/render';
import { graphqlError } from '../testing/urql';

describe('my matches', () => {
  it('hides the counterpart contacts until both sides are interested', async () => {
    renderApp('/matches', {
      Me: { data: { me: enterpriseMe } },
      Matches: {
        data: {
          matches: [
            match({
              viewerSide: 'DEMAND',
              availableActions: ['CLOSE'],
              achievement: {
                ...match().achievement,
                disclosed: false,
                contactName: null,
                contactPhone: null,
              },
            }),
          ],
        },
      },
    });
    expect(await screen.findByText('成果方的联系方式在双方确认对接意向后可见。')).toBeTruthy();
    expect(screen.getByText('一方有意向')).toBeTruthy();
    expect(screen.queryByText('杨秋华')).toBeNull();
  });

  it('shows the counterpart contacts after mutual interest', async () => {
    renderApp('/matches', {
      Me: { data: { me: enterpriseMe } },
      Matches: {
        data: {
          matches: [match({ stage: 'MUTUAL_INTEREST', viewerSide: 'DEMAND', availableActions: ['MEET'] })],
        },
      },
    });
    expect(await screen.findByText('杨秋华')).toBeTruthy();
    expect(screen.getByText('0745-2851999')).toBeTruthy();
    expect(screen.getByLabelText('成果方联系方式')).toBeTruthy();
  });

  it('answers an interest with the match id, its version and the note', async () => {
    const view = renderApp('/matches', {
      Me: { data: { me: universityMe } },
      Matches: { data: { matches: [match()] } },
      ExpressInterest: { data: { expressInterest: match({ stage: 'MUTUAL_INTEREST', version: 3 }) } },
    });
    fireEvent.click(await screen.findByRole('button', { name: '表达意向' }));
    fireEvent.change(await screen.findByLabelText('意向说明（对方可见）'), {
      target: { value: '欢迎来校交流' },
    });
    fireEvent.click(screen.getByRole('button', { name: '确 定' }));
    await waitFor(() => expect(view.callsOf('ExpressInterest')).toHaveLength(1));
    expect(view.callsOf('ExpressInterest')[0]!.variables).toEqual({
      input: { matchId: 'm-1', expectedVersion: 2, note: '欢迎来校交流', side: undefined },
    });
  });

  it('shows the empty state with where to start', async () => {
    renderApp('/matches', { Me: { data: { me: enterpriseMe } }, Matches: { data: { matches: [] } } });
    expect(await screen.findByText(/暂无对接/)).toBeTruthy();
    expect(screen.getAllByRole('link', { name: '我的需求' }).length).toBeGreaterThan(0);
  });

  it('explains a refusal by its code', async () => {
    renderApp('/matches', {
      Me: { data: { me: enterpriseMe } },
      Matches: graphqlError('FORBIDDEN', 'no'),
    });
    expect(await screen.findByText('无权访问')).toBeTruthy();
  });
});
