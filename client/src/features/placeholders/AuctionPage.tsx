import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { usePageTitle } from '../../app/usePageTitle';

/** `/auctions/:id`: the route exists; live auctions arrive with their own feature. */
export default function AuctionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('placeholder.auctionTitle'));
  return (
    <section className="page" aria-labelledby="auction-title">
      <div className="card placeholder">
        <p className="chip chip--muted">{t('common.comingSoon')}</p>
        <h1 id="auction-title">{t('placeholder.auctionTitle')}</h1>
        <p>{t('placeholder.auctionBody', { id })}</p>
        <Link className="button" to="/">
          {t('common.backToLobby')}
        </Link>
      </div>
    </section>
  );
}
