import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TechContractFieldsFragment } from '../gql/graphql';
import { bureauMe } from '../testing/fixtures';
import { renderApp } from '../testing/render';
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
});
