import { PlusOutlined } from '@ant-design/icons';
import { Button, Segmented } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../components/page-header';
import type { ListingStatus } from '../gql/graphql';
import { AchievementsDocument, DemandsDocument } from '../features/listings/documents';
import { AchievementCard, DemandCard } from '../features/listings/listing-cards';
import { PagedListings } from '../features/listings/paged-listings';
import { useCursorPager } from '../features/listings/use-cursor-pager';
import { STATUS_LABELS } from '../lib/labels';

const PAGE_SIZE = 10;
type StatusChoice = ListingStatus | 'ALL';
const STATUS_CHOICES: { value: StatusChoice; label: string }[] = [
  { value: 'ALL', label: '全部' },
  ...(Object.keys(STATUS_LABELS) as ListingStatus[]).map((value) => ({ value, label: STATUS_LABELS[value] })),
];

function useMine() {
  const pager = useCursorPager();
  const [status, setStatus] = useState<StatusChoice>('ALL');
  const filter = { mine: true, status: status === 'ALL' ? null : status };
  const statusPicker = (
    <Segmented<StatusChoice>
      options={STATUS_CHOICES}
      value={status}
      onChange={(value) => {
        setStatus(value);
        pager.reset();
      }}
      aria-label="按状态筛选"
      className="status-picker"
    />
  );
  return { pager, filter, statusPicker };
}

/** An enterprise's own demands in every status. */
export function MyDemandsPage() {
  const navigate = useNavigate();
  const { pager, filter, statusPicker } = useMine();
  const [result, refetch] = useQuery({
    query: DemandsDocument,
    variables: { first: PAGE_SIZE, after: pager.after, filter },
  });
  return (
    <>
      <PageHeader
        title="我的需求"
        description="草稿提交后由科技局审核，发布后平台为每条需求推荐匹配的高校院所成果。"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/demands/new')}>
            发布需求
          </Button>
        }
      />
      {statusPicker}
      <PagedListings
        fetching={result.fetching}
        error={result.error}
        connection={result.data?.demands}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pager={pager}
        pageSize={PAGE_SIZE}
        emptyText="还没有需求。点击“发布需求”描述您的技术难题。"
        renderNode={(node) => <DemandCard key={node.id} demand={node} />}
      />
    </>
  );
}

/** A university's or institute's own achievements in every status. */
export function MyAchievementsPage() {
  const navigate = useNavigate();
  const { pager, filter, statusPicker } = useMine();
  const [result, refetch] = useQuery({
    query: AchievementsDocument,
    variables: { first: PAGE_SIZE, after: pager.after, filter },
  });
  return (
    <>
      <PageHeader
        title="我的成果"
        description="草稿提交后由科技局审核，发布后平台为每项成果推荐有需要的企业。"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/achievements/new')}>
            登记成果
          </Button>
        }
      />
      {statusPicker}
      <PagedListings
        fetching={result.fetching}
        error={result.error}
        connection={result.data?.achievements}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pager={pager}
        pageSize={PAGE_SIZE}
        emptyText="还没有成果。点击“登记成果”录入待转化的科技成果。"
        renderNode={(node) => <AchievementCard key={node.id} achievement={node} />}
      />
    </>
  );
}
