import { useCallback, useState } from 'react';

/** Cursor paging with a back stack: `after` for the current page, next/prev, and a reset for new filters. */
export function useCursorPager() {
  const [stack, setStack] = useState<(string | null)[]>([null]);
  const next = useCallback((endCursor: string | null | undefined) => {
    if (endCursor) {
      setStack((current) => [...current, endCursor]);
    }
  }, []);
  const prev = useCallback(
    () => setStack((current) => (current.length > 1 ? current.slice(0, -1) : current)),
    [],
  );
  const reset = useCallback(() => setStack([null]), []);
  return { after: stack[stack.length - 1] ?? null, page: stack.length, next, prev, reset };
}
