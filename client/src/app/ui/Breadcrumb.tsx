import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** One step back up the trail: where it leads and what it is called. */
export interface TrailStep {
  to: string;
  label: string;
}

/**
 * "You are here", from the lobby: the steps between (a step not known yet is left out) and the page itself
 * (left out too while unknown).
 */
export function Breadcrumb({ trail = [], current }: { trail?: readonly (TrailStep | null | undefined | false)[]; current?: string }) {
  const { t } = useTranslation(['hall', 'common']);
  return (
    <nav aria-label={t('hall:breadcrumb')} className="breadcrumb">
      <ol>
        <li>
          <Link to="/">{t('common:app.nav.lobby')}</Link>
        </li>
        {trail.map(
          (step) =>
            step && (
              <li key={step.to}>
                <Link to={step.to}>{step.label}</Link>
              </li>
            ),
        )}
        {current !== undefined && <li aria-current="page">{current}</li>}
      </ol>
    </nav>
  );
}
