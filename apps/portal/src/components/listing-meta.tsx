import { Space, Tag } from 'antd';
import type { IndustryChain, TransferMode } from '../gql/graphql';
import { CHAIN_LABELS, MODE_LABELS } from '../lib/labels';

/** Chain, readiness, amount and modes of a listing as compact tags. */
export function ListingMeta({
  chain,
  trl,
  amount,
  modes,
}: {
  chain: IndustryChain;
  trl: string;
  amount: string;
  modes: readonly TransferMode[];
}) {
  return (
    <Space size={[4, 4]} wrap>
      <Tag color="blue">{CHAIN_LABELS[chain]}</Tag>
      <Tag>{trl}</Tag>
      <Tag>{amount}</Tag>
      {modes.map((mode) => (
        <Tag key={mode} color="geekblue">
          {MODE_LABELS[mode]}
        </Tag>
      ))}
    </Space>
  );
}
