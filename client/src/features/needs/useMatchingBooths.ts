import { useQuery } from '@tanstack/react-query';
import { useAppStore } from '../../store/appStore';
import { needsApi, needsKeys } from './needsApi';

const NONE: ReadonlySet<string> = new Set();

/** Booths of a hall showing something that matches the signed-in user's needs (empty for guests and users without needs). */
export function useMatchingBooths(hallId: string): ReadonlySet<string> {
  const signedIn = useAppStore((s) => s.user !== null);
  const query = useQuery({
    queryKey: needsKeys.matchingBooths(hallId),
    queryFn: ({ signal }) => needsApi.matchingBooths(hallId, { signal }).then((a) => new Set(a.boothIds) as ReadonlySet<string>),
    enabled: signedIn && hallId !== '',
  });
  return signedIn ? (query.data ?? NONE) : NONE;
}
