import { useCallback, useEffect } from 'react';
import { useFormat } from '../../../i18n/format';
import { useAppStore } from '../../../store/appStore';

/** The expo's halls (loaded once if nobody has yet) and a hall id's display name in the active language. */
export function useHallNames() {
  const f = useFormat();
  const halls = useAppStore((s) => s.expo?.halls ?? null);
  const expoStatus = useAppStore((s) => s.expoStatus);
  const loadExpo = useAppStore((s) => s.loadExpo);
  useEffect(() => {
    if (expoStatus === 'idle') void loadExpo();
  }, [expoStatus, loadExpo]);
  const hallName = useCallback(
    (hallId: string) => f.hallName(halls?.find((h) => h.id === hallId) ?? { id: hallId, name: hallId }),
    [f, halls],
  );
  return { halls, hallName };
}
