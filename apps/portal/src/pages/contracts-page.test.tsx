import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TechContractFieldsFragment } from '../gql/graphql';
import { bureauMe, enterpriseMe } from '../testing/fixtures';
import { renderApp } from '../testing/render';
import { graphqlError } from '../testing/urql';
import { totalWan } from './contracts-page';

const contract = (
  id: string,
  amountWan: string,
  status: TechContractFieldsFragment['status'] = 'CONFIRMED',
) => ({
  id,
  title: `合同${id}`,
  type: 'LICENSE' as const,
  amountWan,
  signedOn: '2026-11-20',
  status,
  industryChain: 'CAMELLIA_OIL' as const,
  rejectReason: null,
  confirmedAt: null,
  challengeId: null,
  version: 1,
  buyer: { id: 'b', name: '怀化锦溪油茶科技有限公司' },
  seller: { id: 's', name: '怀化学院' },
  match: null,
});

describe('contracts', () => {
  it('adds amounts exactly to the fen', () => {
    expect(totalWan([{ amountWan: '0.1' }, { amountWan: '0.2' }])).toBe('0.30');
    expect(totalWan([{ amountWan: '120.50' }, { amountWan: '36' }, { amountWan: '0.05' }])).toBe('156.55');
  });

  it('lists the contracts with their total and lets the bureau confirm a submitted one', async () => {
    renderApp('/contracts', {
      Me: { data: { me: bureauMe } },
      TechContracts: { data: { techContracts: [contract('1', '120.5'), contract('2', '36', 'PENDING')] } },
    });
    expect(await screen.findByText('156.5 万元')).toBeTruthy();
    expect(screen.getByText('120.5 万元')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: '确 认' })).toHaveLength(1);
  });

  it('lets the bureau return a submitted contract, only with a reason, sending it with the version', async () => {
    const view = renderApp('/contracts', {
      Me: { data: { me: bureauMe } },
      TechContracts: { data: { techContracts: [contract('1', '120.5'), contract('2', '36', 'PENDING')] } },
      RejectTechContract: {
        data: {
          rejectTechContract: {
            ...contract('2', '36', 'REJECTED'),
            __typename: 'TechContract',
            rejectReason: '成交额与合同文本不一致',
            version: 2,
          },
        },
      },
    });
    expect(await screen.findAllByRole('button', { name: '退 回' })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: '退 回' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('退回合同：合同2')).toBeTruthy();
    fireEvent.click(dialog.querySelector('.ant-btn-dangerous.ant-btn-primary')!);
    expect(await screen.findByText('请填写退回原因')).toBeTruthy();
    expect(view.callsOf('RejectTechContract')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('退回原因'), {
      target: { value: '  成交额与合同文本不一致  ' },
    });
    fireEvent.click(dialog.querySelector('.ant-btn-dangerous.ant-btn-primary')!);
    await waitFor(() => expect(view.callsOf('RejectTechContract')).toHaveLength(1));
    expect(view.callsOf('RejectTechContract')[0]!.variables).toEqual({
      id: '2',
      reason: '成交额与合同文本不一致',
      expectedVersion: 1,
    });
  });

  it('shows a member the reason a contract was returned, and no bureau actions', async () => {
    renderApp('/contracts', {
      Me: { data: { me: enterpriseMe } },
      TechContracts: {
        data: {
          techContracts: [
            { ...contract('3', '50', 'REJECTED'), rejectReason: '缺少盖章页' },
            contract('4', '20', 'PENDING'),
          ],
        },
      },
    });
    expect(await screen.findByText('退回原因：缺少盖章页')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '退 回' })).toBeNull();
    expect(screen.queryByRole('button', { name: '确 认' })).toBeNull();
  });

  it("tells the bureau, in the server's words, that a contract changed meanwhile and offers a refresh", async () => {
    const view = renderApp('/contracts', {
      Me: { data: { me: bureauMe } },
      TechContracts: { data: { techContracts: [contract('2', '36', 'PENDING')] } },
      RejectTechContract: graphqlError('CONFLICT', '该合同已被他人更新，请刷新后重试'),
    });
    fireEvent.click(await screen.findByRole('button', { name: '退 回' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('退回原因'), { target: { value: '缺少盖章页' } });
    fireEvent.click(dialog.querySelector('.ant-btn-dangerous.ant-btn-primary')!);
    await waitFor(() => expect(view.callsOf('RejectTechContract')).toHaveLength(1));
    expect((await screen.findAllByText('内容已变化')).length).toBeGreaterThan(0);
    expect(screen.getAllByText('该合同已被他人更新，请刷新后重试').length).toBeGreaterThan(0);
    const before = view.callsOf('TechContracts').length;
    fireEvent.click(screen.getByRole('button', { name: '刷 新' }));
    await waitFor(() => expect(view.callsOf('TechContracts').length).toBeGreaterThan(before));
  });

  it('lets a party correct a returned contract and submit it again, with the parties it named', async () => {
    const view = renderApp('/contracts', {
      Me: { data: { me: enterpriseMe } },
      TechContracts: {
        data: {
          techContracts: [
            {
              ...contract('3', '50', 'REJECTED'),
              rejectReason: '成交额与合同文本不一致',
              challengeId: 'c-9',
            },
            contract('4', '20', 'CONFIRMED'),
          ],
        },
      },
      Organizations: {
        data: {
          organizations: [
            { id: 'b', name: '怀化锦溪油茶科技有限公司', kind: 'ENTERPRISE' },
            { id: 's', name: '怀化学院', kind: 'UNIVERSITY' },
          ],
        },
      },
      SubmitTechContract: {
        data: { submitTechContract: { ...contract('5', '48.5', 'PENDING'), __typename: 'TechContract' } },
      },
    });
    const buttons = await screen.findAllByRole('button', { name: '修改后重新提交' });
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0]!);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('重新提交：合同3')).toBeTruthy();
    expect(within(dialog).getByText('退回原因：成交额与合同文本不一致')).toBeTruthy();
    const amount = within(dialog).getByLabelText('成交额（万元）') as HTMLInputElement;
    expect(amount.value).toBe('50');
    fireEvent.change(amount, { target: { value: '48.5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '重新提交' }));
    await waitFor(() => expect(view.callsOf('SubmitTechContract')).toHaveLength(1));
    expect(view.callsOf('SubmitTechContract')[0]!.variables).toEqual({
      input: {
        title: '合同3',
        type: 'LICENSE',
        amountWan: '48.5',
        signedOn: '2026-11-20',
        buyerId: 'b',
        sellerId: 's',
        industryChain: 'CAMELLIA_OIL',
        challengeId: 'c-9',
      },
    });
    expect(view.callsOf('RegisterTechContract')).toHaveLength(0);
  });

  it('resubmits a returned contract that came from a match against the same match', async () => {
    const view = renderApp('/contracts', {
      Me: { data: { me: enterpriseMe } },
      TechContracts: {
        data: {
          techContracts: [
            { ...contract('6', '80', 'REJECTED'), rejectReason: '缺少盖章页', match: { id: 'm-1' } },
          ],
        },
      },
      SubmitTechContract: {
        data: { submitTechContract: { ...contract('7', '80', 'PENDING'), __typename: 'TechContract' } },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: '修改后重新提交' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByLabelText('委托方 / 受让方')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: '重新提交' }));
    await waitFor(() => expect(view.callsOf('SubmitTechContract')).toHaveLength(1));
    expect(view.callsOf('SubmitTechContract')[0]!.variables).toEqual({
      input: { title: '合同6', type: 'LICENSE', amountWan: '80', signedOn: '2026-11-20', matchId: 'm-1' },
    });
    expect(view.callsOf('Organizations')).toHaveLength(0);
  });

  it('offers the bureau no resubmission of a returned contract', async () => {
    renderApp('/contracts', {
      Me: { data: { me: bureauMe } },
      TechContracts: {
        data: { techContracts: [{ ...contract('3', '50', 'REJECTED'), rejectReason: '缺少盖章页' }] },
      },
    });
    expect(await screen.findByText('退回原因：缺少盖章页')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '修改后重新提交' })).toBeNull();
  });
});
