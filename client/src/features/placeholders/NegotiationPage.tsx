import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { usePageTitle } from '../../app/usePageTitle';

/** `/negotiations/:id`: the route exists; negotiations themselves arrive with their own feature. */
export default function NegotiationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('placeholder.negotiationTitle'));
  return (
    <section className="page" aria-labelledby="neg-title">
      <div className="card placeholder">
        <p className="chip chip--muted">{t('common.comingSoon')}</p>
        <h1 id="neg-title">{t('placeholder.negotiationTitle')}</h1>
        <p>{t('placeholder.negotiationBody', { id })}</p>
        <Link className="button" to="/">
          {t('common.backToLobby')}
        </Link>
      </div>
    </section>
  );
}
