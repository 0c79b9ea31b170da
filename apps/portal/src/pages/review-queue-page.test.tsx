import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { achievement, bureauMe, connection, demand } from '../testing/fixtures';
import { renderApp } from '../testing/render';
import { graphqlError } from '../testing/urql';

const queue = {
  Me: { data: { me: bureauMe } },
  Demands: { data: { demands: connection([demand({ status: 'SUBMITTED' })]) } },
  Achievements: { data: { achievements: connection([achievement()]) } },
};

describe('review queue', () => {
  it('requires a reason before rejecting, then sends it with the expected version', async () => {
    const view = renderApp('/review', {
      ...queue,
      RejectDemand: {
        data: {
          rejectDemand: {
            __typename: 'Demand',
            id: 'd-1',
            status: 'REJECTED',
            version: 4,
            rejectReason: '缺少指标',
          },
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: '退 回' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(dialog.querySelector('.ant-btn-dangerous.ant-btn-primary')!);
    expect(await screen.findByText('请填写退回原因')).toBeTruthy();
    expect(view.callsOf('RejectDemand')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('退回原因'), { target: { value: '缺少量化指标，请补充' } });
    fireEvent.click(dialog.querySelector('.ant-btn-dangerous.ant-btn-primary')!);
    await waitFor(() => expect(view.callsOf('RejectDemand')).toHaveLength(1));
    expect(view.callsOf('RejectDemand')[0]!.variables).toEqual({
      id: 'd-1',
      options: { reason: '缺少量化指标，请补充', expectedVersion: 3 },
    });
  });

  it('offers 刷新 when publishing hits a CONFLICT', async () => {
    const view = renderApp('/review', {
      ...queue,
      PublishDemand: graphqlError('CONFLICT', '该需求已被他人修改'),
    });
    fireEvent.click(await screen.findByRole('button', { name: '发 布' }));
    await waitFor(() => expect(view.callsOf('PublishDemand')).toHaveLength(1));
    expect((await screen.findAllByText('内容已变化')).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: '刷 新' })).toBeTruthy();
  });

  it('shows the empty state when nothing waits', async () => {
    renderApp('/review', {
      Me: { data: { me: bureauMe } },
      Demands: { data: { demands: connection([]) } },
      Achievements: { data: { achievements: connection([]) } },
    });
    expect(await screen.findByText('没有待审核的需求')).toBeTruthy();
  });

  it('refuses the page to a member', async () => {
    renderApp('/review', { Me: { data: { me: { ...bureauMe, role: 'MEMBER' } } } });
    expect(await screen.findByText('无权访问')).toBeTruthy();
  });
});
