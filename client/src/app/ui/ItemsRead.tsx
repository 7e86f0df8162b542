import type { ReactNode } from 'react';
import { apiErrorText } from './apiErrorText';
import { ErrorState } from './ErrorState';
import { PageLoading } from './PageLoading';

/**
 * A read list (a TanStack query answering `{ items }`) in its states: the failure with a retry (above the last
 * good answer when a refresh failed), a spinner before the first answer, `empty` for no items, else the items.
 */
export function ItemsRead<T>({
  read,
  empty,
  children,
}: {
  read: { data: { items: T[] } | undefined; error: unknown; refetch: () => Promise<unknown> };
  empty: string;
  children: (items: T[]) => ReactNode;
}) {
  const items = read.data?.items;
  return (
    <>
      {read.error ? <ErrorState message={apiErrorText(read.error)} onRetry={() => void read.refetch()} /> : null}
      {!items && !read.error && <PageLoading />}
      {items && items.length === 0 && <p className="empty">{empty}</p>}
      {items && items.length > 0 && children(items)}
    </>
  );
}
