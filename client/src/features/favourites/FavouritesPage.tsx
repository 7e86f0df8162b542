import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { apiErrorText } from '../../app/ui/apiErrorText';
import { ErrorState } from '../../app/ui/ErrorState';
import { Page } from '../../app/ui/Page';
import { PageLoading } from '../../app/ui/PageLoading';
import { usePageTitle } from '../../app/usePageTitle';
import { formatDate, useFormat } from '../../i18n/format';
import { SignInRequired } from '../auth';
import { FavouriteButton } from './FavouriteButton';
import { FAVOURITES_CSV_HREF, FAVOURITES_ICS_HREF } from './favouritesApi';
import { useFavourites } from './useFavourites';
import './favourites.css';

/** `/favourites`: the briefcase — saved exhibits and booths, each removable, exported as CSV or as a calendar of the booths' sessions. */
export default function FavouritesPage() {
  const { t } = useTranslation(['favourites', 'common']);
  usePageTitle(t('favourites:title'));
  const f = useFormat();
  const favourites = useFavourites();

  let body: React.ReactNode;
  if (favourites.error) body = <ErrorState message={apiErrorText(favourites.error)} onRetry={() => void favourites.refetch()} />;
  else if (!favourites.data) body = <PageLoading />;
  else {
    const { items, booths } = favourites.data;
    body = (
      <>
        <p className="actions-row">
          <a className="button button--ghost" href={FAVOURITES_CSV_HREF} download>
            {t('favourites:exportCsv')}
          </a>
          <a className="button button--ghost" href={FAVOURITES_ICS_HREF} download>
            {t('favourites:exportIcs')}
          </a>
        </p>
        <section className="card" aria-labelledby="saved-exhibits">
          <h2 id="saved-exhibits">{t('favourites:exhibits', { count: items.length })}</h2>
          {items.length === 0 ? (
            <p className="empty">{t('favourites:noExhibits')}</p>
          ) : (
            <ul className="briefcase__list" data-testid="saved-exhibits">
              {items.map(({ exhibit: e, savedAt }) => (
                <li key={e.id} className="briefcase__item">
                  <div>
                    <h3>
                      <Link to={`/booth/${e.boothId}`}>{e.title}</Link>
                    </h3>
                    <p className="briefcase__meta muted small">
                      {[
                        t(`common:ipType.${e.type}`),
                        e.orgName,
                        f.price(e.askingPrice),
                        t('favourites:savedOn', { date: formatDate(savedAt, f.lng) }),
                      ].join(' · ')}
                    </p>
                  </div>
                  <FavouriteButton id={e.id} label={e.title} />
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="saved-booths">
          <h2 id="saved-booths">{t('favourites:booths', { count: booths.length })}</h2>
          {booths.length === 0 ? (
            <p className="empty">{t('favourites:noBooths')}</p>
          ) : (
            <ul className="briefcase__list">
              {booths.map(({ booth: b, savedAt }) => (
                <li key={b.id} className="briefcase__item">
                  <div>
                    <h3>
                      <Link to={`/booth/${b.id}`}>{b.name}</Link>
                    </h3>
                    <p className="briefcase__meta muted small">
                      {[b.orgName, t('favourites:savedOn', { date: formatDate(savedAt, f.lng) })].join(' · ')}
                    </p>
                  </div>
                  <FavouriteButton what="booth" id={b.id} label={b.name} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </>
    );
  }

  return (
    <Page className="briefcase" titleId="favourites-title" title={t('favourites:title')} intro={t('favourites:intro')}>
      <SignInRequired why={t('favourites:signIn')}>{() => body}</SignInRequired>
    </Page>
  );
}
