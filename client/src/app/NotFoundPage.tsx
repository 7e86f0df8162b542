import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from './usePageTitle';

/** The friendly not-found page (unknown route, hall or booth). */
export function NotFoundPage({ message }: { message?: string }) {
  const { t } = useTranslation(['common']);
  usePageTitle(t('common:notFoundTitle'));
  return (
    <section className="not-found page" aria-labelledby="not-found-title">
      <p className="not-found__code" aria-hidden="true">
        404
      </p>
      <h1 id="not-found-title">{t('common:notFoundTitle')}</h1>
      <p>{message ?? t('common:notFoundBody')}</p>
      <Link className="button" to="/">
        {t('common:backToLobby')}
      </Link>
    </section>
  );
}
