import { useState } from 'react';
import { useQuery } from 'urql';
import { PageHeader } from '../components/page-header';
import { AchievementsDocument, DemandsDocument } from '../features/listings/documents';
import { AchievementCard, DemandCard } from '../features/listings/listing-cards';
import { ListingFilters, type ListingFilterValues } from '../features/listings/listing-filters';
import { PagedListings } from '../features/listings/paged-listings';
import { useCursorPager } from '../features/listings/use-cursor-pager';
import { useMe } from '../features/session/session';

const PAGE_SIZE = 10;

function useFilters() {
  const pager = useCursorPager();
  const [filter, setFilter] = useState<ListingFilterValues>({});
  const change = (next: ListingFilterValues) => {
    setFilter(next);
    pager.reset();
  };
  return { pager, filter, change };
}

/** 成果库: published achievements for everyone; every status for the bureau. */
export function AchievementLibraryPage() {
  const { abilities } = useMe();
  const { pager, filter, change } = useFilters();
  const [result, refetch] = useQuery({
    query: AchievementsDocument,
    variables: { first: PAGE_SIZE, after: pager.after, filter },
  });
  return (
    <>
      <PageHeader title="成果库" description="高校院所待转化的科技成果。联系方式在双方确认对接意向后可见。" />
      <ListingFilters value={filter} onChange={change} showStatus={abilities.isBureau} modeLabel="转化方式" />
      <PagedListings
        fetching={result.fetching}
        error={result.error}
        connection={result.data?.achievements}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pager={pager}
        pageSize={PAGE_SIZE}
        emptyText="没有符合条件的成果，换个条件试试"
        renderNode={(node) => <AchievementCard key={node.id} achievement={node} />}
      />
    </>
  );
}

/** 需求库: published demands for everyone; every status for the bureau. */
export function DemandLibraryPage() {
  const { abilities } = useMe();
  const { pager, filter, change } = useFilters();
  const [result, refetch] = useQuery({
    query: DemandsDocument,
    variables: { first: PAGE_SIZE, after: pager.after, filter },
  });
  return (
    <>
      <PageHeader title="需求库" description="高新区重点企业的技术需求。" />
      <ListingFilters value={filter} onChange={change} showStatus={abilities.isBureau} modeLabel="合作方式" />
      <PagedListings
        fetching={result.fetching}
        error={result.error}
        connection={result.data?.demands}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pager={pager}
        pageSize={PAGE_SIZE}
        emptyText="没有符合条件的需求，换个条件试试"
        renderNode={(node) => <DemandCard key={node.id} demand={node} />}
      />
    </>
  );
}
