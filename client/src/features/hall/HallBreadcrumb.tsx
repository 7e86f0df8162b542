import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../store/appStore';

/** "You are here": Halls › Patents Hall › Block B3 › the booth you stand in. Updates only when one of those changes. */
export function HallBreadcrumb() {
  const { t } = useTranslation(['hall', 'common']);
  const f = useFormat();
  const hall = useAppStore((s) => s.hall);
  const zone = useAppStore((s) => s.zone);
  const booth = useAppStore((s) => (s.currentBoothId ? s.boothsById[s.currentBoothId] : undefined));
  if (!hall) return null;
  return (
    <nav className="breadcrumb breadcrumb--overlay" aria-label={t('hall:breadcrumb')} data-testid="breadcrumb">
      <ol>
        <li>
          <Link to="/">{t('common:app.nav.lobby')}</Link>
        </li>
        <li>{f.hallName(hall)}</li>
        {zone && <li data-testid="breadcrumb-zone">{t('hall:zone', { zone })}</li>}
        {booth && (
          <li aria-current="location" data-testid="breadcrumb-booth">
            {booth.name}
          </li>
        )}
      </ol>
    </nav>
  );
}
