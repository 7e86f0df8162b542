import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { NotFoundPage } from '../../app/NotFoundPage';
import { Breadcrumb } from '../../app/ui/Breadcrumb';
import { usePageTitle } from '../../app/usePageTitle';
import { useFormat } from '../../i18n/format';
import { useBooth } from '../../net/boothQuery';
import { useAppStore } from '../../store/appStore';
import { BoothPanel } from './BoothPanel';

/** `/booth/:boothId`: the booth panel as a page, with a trail back to its hall. */
export default function BoothPage() {
  const { boothId = '' } = useParams();
  const { t } = useTranslation(['booth', 'hall', 'common']);
  const f = useFormat();
  const read = useBooth(boothId);
  const expo = useAppStore((s) => s.expo);
  const loadExpo = useAppStore((s) => s.loadExpo);
  usePageTitle(read.data?.booth.name ?? null);

  useEffect(() => {
    if (!expo) void loadExpo();
  }, [expo, loadExpo]);

  if (read.missing) return <NotFoundPage message={t('booth:notFound', { id: boothId })} />;
  const booth = read.data?.booth;
  const hall = booth && expo?.halls.find((h) => h.id === booth.hallId);
  return (
    <div className="page booth-page">
      <Breadcrumb
        trail={[booth && { to: `/hall/${encodeURIComponent(booth.hallId)}?view=list`, label: hall ? f.hallName(hall) : booth.hallId }]}
        current={booth?.name}
      />
      <BoothPanel boothId={boothId} variant="page" headingLevel={1} />
    </div>
  );
}
