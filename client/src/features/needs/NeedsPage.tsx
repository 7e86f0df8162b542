import type { Need, Recommendation } from '@pavilion/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ItemsRead } from '../../app/ui/ItemsRead';
import { Page } from '../../app/ui/Page';
import { Refusal } from '../../app/ui/Refusal';
import { usePageTitle } from '../../app/usePageTitle';
import { useFormat } from '../../i18n/format';
import { SignInRequired } from '../auth';
import { FavouriteButton } from '../favourites';
import { NeedForm } from './NeedForm';
import { needsApi, needsKeys } from './needsApi';
import { classLabel, reasonsLine } from './reasonText';
import './needs.css';

/** Recommendations the page shows. */
const SHOWN = 20;

/** `/needs`: the signed-in user's needs (post, edit, withdraw; who answered) and the exhibits recommended for them. */
export default function NeedsPage() {
  const { t } = useTranslation(['needs', 'common']);
  usePageTitle(t('needs:title'));

  return (
    <Page className="needs" titleId="needs-title" title={t('needs:title')} intro={t('needs:intro')}>
      <SignInRequired why={t('needs:signIn')}>
        {() => (
          <div className="needs-grid">
            <div className="needs-grid__side">
              <section className="card" aria-labelledby="post-need">
                <h2 id="post-need">{t('needs:form.newTitle')}</h2>
                <NeedForm onDone={() => {}} />
              </section>
              <MyNeeds />
            </div>
            <Recommendations />
          </div>
        )}
      </SignInRequired>
    </Page>
  );
}

function MyNeeds() {
  const { t } = useTranslation(['needs', 'common']);
  const mine = useQuery({ queryKey: needsKeys.mine(), queryFn: ({ signal }) => needsApi.list({ signal }) });
  return (
    <section className="card" aria-labelledby="my-needs">
      <h2 id="my-needs">{t('needs:list.title')}</h2>
      <ItemsRead read={mine} empty={t('needs:list.empty')}>
        {(items) => (
          <ul className="need-list" data-testid="my-needs">
            {items.map((need) => (
              <NeedRow key={need.id} need={need} />
            ))}
          </ul>
        )}
      </ItemsRead>
    </section>
  );
}

function NeedRow({ need }: { need: Need }) {
  const { t } = useTranslation(['needs', 'common']);
  const [editing, setEditing] = useState(false);
  const client = useQueryClient();
  const withdraw = useMutation({
    mutationFn: () => needsApi.withdraw(need.id),
    onSettled: () => client.invalidateQueries({ queryKey: needsKeys.all }),
  });
  if (editing)
    return (
      <li className="need-list__item">
        <h3>{t('needs:form.editTitle')}</h3>
        <NeedForm need={need} onDone={() => setEditing(false)} />
      </li>
    );
  const terms = [...need.classes.map((c) => classLabel(c, t)), ...need.keywords.map((k) => t('needs:reason.keyword', { value: k }))];
  return (
    <li className="need-list__item">
      <div className="need-list__head">
        <h3>{need.title}</h3>
        <span className={`tag tag--${need.visibility}`}>{t(`needs:list.${need.visibility}`)}</span>
      </div>
      <p className="muted small">{terms.join(' · ')}</p>
      {need.answers.length > 0 && (
        <div className="need-answers">
          <p className="small">
            <strong>{t('needs:list.answers')}</strong>
          </p>
          <ul>
            {need.answers.map((a) => (
              <li key={a.orgId} className="small">
                {t('needs:list.answer', { org: a.orgName, exhibit: a.exhibitTitle })} —{' '}
                <Link to={`/negotiations/${a.negotiationId}`}>{t('needs:list.openNegotiation')}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Refusal error={withdraw.error} />
      <p className="actions-row">
        <button type="button" className="button button--small button--ghost" onClick={() => setEditing(true)}>
          {t('needs:list.edit')}
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          disabled={withdraw.isPending}
          onClick={() => {
            if (window.confirm(t('needs:list.withdrawConfirm', { title: need.title }))) withdraw.mutate();
          }}
        >
          {t('needs:list.withdraw')}
        </button>
      </p>
    </li>
  );
}

function Recommendations() {
  const { t } = useTranslation(['needs', 'common']);
  const recs = useQuery({ queryKey: needsKeys.recommendations(), queryFn: ({ signal }) => needsApi.recommendations(SHOWN, { signal }) });
  return (
    <section className="card needs-grid__main" aria-labelledby="recommended">
      <h2 id="recommended">{t('needs:recs.title')}</h2>
      <p className="muted small">{t('needs:recs.intro')}</p>
      <ItemsRead read={recs} empty={t('needs:recs.empty')}>
        {(items) => (
          <ol className="rec-list" data-testid="recommendations">
            {items.map((r) => (
              <RecommendationRow key={r.exhibit.id} rec={r} />
            ))}
          </ol>
        )}
      </ItemsRead>
    </section>
  );
}

function RecommendationRow({ rec }: { rec: Recommendation }) {
  const { t } = useTranslation(['needs', 'common']);
  const f = useFormat();
  const e = rec.exhibit;
  return (
    <li className="rec-list__item" data-testid="recommendation">
      <div className="rec-list__body">
        <h3>
          <Link to={`/booth/${e.boothId}`}>{e.title}</Link>
        </h3>
        <p className="muted small">{[t(`common:ipType.${e.type}`), e.orgName, f.price(e.askingPrice)].join(' · ')}</p>
        <p className="rec-list__why small" data-testid="reasons">
          {reasonsLine(rec.reasons, t, f.lng)}
        </p>
      </div>
      <FavouriteButton id={e.id} label={e.title} />
    </li>
  );
}
