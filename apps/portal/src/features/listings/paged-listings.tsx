import type { CombinedError } from '@urql/core';
import { Empty, Space } from 'antd';
import type { ReactNode } from 'react';
import { QueryState } from '../../components/query-state';
import { Pager } from './pager';
import type { useCursorPager } from './use-cursor-pager';

interface ListingConnection<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: Node }[];
}

/** One page of a listing connection: loading, error and empty states, the cards, and the pager. */
export function PagedListings<Node extends { id: string }>({
  fetching,
  error,
  connection,
  onRetry,
  pager,
  pageSize,
  emptyText,
  renderNode,
}: {
  fetching: boolean;
  error?: CombinedError;
  connection: ListingConnection<Node> | null | undefined;
  onRetry: () => void;
  pager: ReturnType<typeof useCursorPager>;
  pageSize: number;
  emptyText: string;
  renderNode: (node: Node) => ReactNode;
}) {
  return (
    <QueryState
      fetching={fetching}
      error={error}
      data={connection}
      onRetry={onRetry}
      isEmpty={(page) => page.edges.length === 0}
      empty={<Empty description={emptyText} />}
    >
      {(page) => (
        <Space orientation="vertical" size="middle" className="stack">
          {page.edges.map(({ node }) => renderNode(node))}
          <Pager
            page={pager.page}
            pageSize={pageSize}
            totalCount={page.totalCount}
            hasNextPage={page.pageInfo.hasNextPage}
            onPrev={pager.prev}
            onNext={() => pager.next(page.pageInfo.endCursor)}
          />
        </Space>
      )}
    </QueryState>
  );
}
