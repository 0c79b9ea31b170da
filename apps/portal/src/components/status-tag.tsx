import { Tag } from 'antd';
import type { ListingStatus } from '../gql/graphql';
import { STATUS_COLORS, STATUS_LABELS } from '../lib/labels';

export function StatusTag({ status }: { status: ListingStatus }) {
  return <Tag color={STATUS_COLORS[status]}>{STATUS_LABELS[status]}</Tag>;
}
