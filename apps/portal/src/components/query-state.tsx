import type { CombinedError } from '@urql/core';
import { Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { ErrorState } from './error-state';

interface QueryStateProps<T> {
  fetching: boolean;
  error?: CombinedError;
  data: T | null | undefined;
  /** True when the data is there but has nothing to show. */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  onRetry?: () => void;
  children: (data: T) => ReactNode;
}

/** Loading, error and empty states for one query, so every page shows all three the same way. */
export function QueryState<T>({
  fetching,
  error,
  data,
  isEmpty,
  empty,
  onRetry,
  children,
}: QueryStateProps<T>) {
  if (error && !data) {
    return <ErrorState error={error} onRetry={onRetry} />;
  }
  if (data === undefined || data === null) {
    return fetching ? <Skeleton active paragraph={{ rows: 4 }} /> : <Empty description="暂无数据" />;
  }
  if (isEmpty?.(data)) {
    return <>{empty ?? <Empty description="暂无数据" />}</>;
  }
  return <>{children(data)}</>;
}
