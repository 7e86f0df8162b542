import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** Toggle between the 3D hall and its list view (links, so each view has its own URL). */
export function ViewSwitch({ hallId, current }: { hallId: string; current: '3d' | 'list' }) {
  const { t } = useTranslation(['hall', 'common']);
  const base = `/hall/${encodeURIComponent(hallId)}`;
  return (
    <nav className="view-switch" aria-label={t('hall:viewSwitch')}>
      <Link to={base} aria-current={current === '3d' ? 'page' : undefined}>
        {t('hall:view3d')}
      </Link>
      <Link to={`${base}?view=list`} aria-current={current === 'list' ? 'page' : undefined}>
        {t('common:halls.enterList')}
      </Link>
    </nav>
  );
}
