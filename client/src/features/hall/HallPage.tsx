import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { NotFoundPage } from '../../app/NotFoundPage';
import { ErrorState } from '../../app/ui/ErrorState';
import { usePageTitle } from '../../app/usePageTitle';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../store/appStore';
import { Hall3DView } from './Hall3DView';
import { HallListView } from './HallListView';
import { hasWebGL } from './webgl';

/** `/hall/:hallId` — the 3D hall, or with `?view=list` (or without WebGL) the accessible list of the same hall. */
export default function HallPage() {
  const { hallId = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation(['hall']);
  const f = useFormat();
  const loadHall = useAppStore((s) => s.loadHall);
  const hall = useAppStore((s) => (s.hallId === hallId ? s.hall : null));
  const status = useAppStore((s) => (s.hallId === hallId ? s.hallStatus : 'loading'));
  const wantList = params.get('view') === 'list';
  // Probing WebGL creates a context (tens of milliseconds on a phone): the list view never needs it.
  const webgl = useMemo(() => wantList || hasWebGL(), [wantList]);
  const focusBoothId = params.get('booth');
  usePageTitle(hall ? f.hallName(hall) : null);

  useEffect(() => {
    void loadHall(hallId);
  }, [hallId, loadHall]);

  if (status === 'not-found') return <NotFoundPage message={t('hall:notFound', { id: hallId })} />;
  if (status === 'error')
    return (
      <div className="page">
        <ErrorState onRetry={() => void loadHall(hallId)} />
      </div>
    );
  if (wantList || !webgl) return <HallListView hallId={hallId} noWebgl={!webgl && !wantList} focusBoothId={focusBoothId} />;
  return <Hall3DView hallId={hallId} focusBoothId={focusBoothId} />;
}
