import type { ReactNode } from 'react';
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
        <SavedList
          id="saved-exhibits"
          title={t('favourites:exhibits', { count: items.length })}
          empty={t('favourites:noExhibits')}
          testId="saved-exhibits"
        >
          {items.map(({ exhibit: e, savedAt }) => (
            <SavedItem
              key={e.id}
              what="exhibit"
              id={e.id}
              boothId={e.boothId}
              name={e.title}
              facts={[t(`common:ipType.${e.type}`), e.orgName, f.price(e.askingPrice)]}
              savedAt={savedAt}
            />
          ))}
        </SavedList>
        <SavedList id="saved-booths" title={t('favourites:booths', { count: booths.length })} empty={t('favourites:noBooths')}>
          {booths.map(({ booth: b, savedAt }) => (
            <SavedItem key={b.id} what="booth" id={b.id} boothId={b.id} name={b.name} facts={[b.orgName]} savedAt={savedAt} />
          ))}
        </SavedList>
      </>
    );
  }

  return (
    <Page className="briefcase" titleId="favourites-title" title={t('favourites:title')} intro={t('favourites:intro')}>
      <SignInRequired why={t('favourites:signIn')}>{() => body}</SignInRequired>
    </Page>
  );
}

/** One kind of thing saved: its heading, then the saved ones, or `empty` when there are none. */
function SavedList({
  id,
  title,
  empty,
  testId,
  children,
}: {
  id: string;
  title: string;
  empty: string;
  testId?: string;
  children: ReactNode[];
}) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="briefcase__list" data-testid={testId}>
          {children}
        </ul>
      )}
    </section>
  );
}

/** A saved exhibit or booth: its name linking to the booth, what it is and when it was saved, and the star that unsaves it. */
function SavedItem({
  what,
  id,
  boothId,
  name,
  facts,
  savedAt,
}: {
  what: 'exhibit' | 'booth';
  id: string;
  boothId: string;
  name: string;
  facts: string[];
  savedAt: number;
}) {
  const { t } = useTranslation(['favourites']);
  const f = useFormat();
  return (
    <li className="briefcase__item">
      <div>
        <h3>
          <Link to={`/booth/${boothId}`}>{name}</Link>
        </h3>
        <p className="briefcase__meta muted small">
          {[...facts, t('favourites:savedOn', { date: formatDate(savedAt, f.lng) })].join(' · ')}
        </p>
      </div>
      <FavouriteButton what={what} id={id} label={name} />
    </li>
  );
}
