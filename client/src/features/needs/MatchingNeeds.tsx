import { formatMoney, type MatchingNeed } from '@pavilion/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ItemsRead } from '../../app/ui/ItemsRead';
import { Refusal } from '../../app/ui/Refusal';
import { useFormat } from '../../i18n/format';
import { useBooth } from '../../net/boothQuery';
import { needsApi, needsKeys } from './needsApi';
import { classLabel } from './reasonText';
import './needs.css';

/** The exhibitor console's "matching needs": buyers' public needs the booth's exhibits match, each answerable with one of them. */
export function MatchingNeeds({ boothId }: { boothId: string }) {
  const { t } = useTranslation(['needs', 'common']);
  const matching = useQuery({ queryKey: needsKeys.forExhibitor(), queryFn: ({ signal }) => needsApi.forExhibitor({ signal }) });
  return (
    <section className="card console-grid__wide" aria-labelledby="matching-needs" data-testid="matching-needs">
      <h2 id="matching-needs">{t('needs:exhibitor.title')}</h2>
      <p className="muted small">{t('needs:exhibitor.intro')}</p>
      <ItemsRead read={matching} empty={t('needs:exhibitor.empty')}>
        {(items) => (
          <ul className="matching-needs">
            {items.map((item) => (
              <MatchingNeedRow key={item.need.id} item={item} boothId={boothId} />
            ))}
          </ul>
        )}
      </ItemsRead>
    </section>
  );
}

function MatchingNeedRow({ item, boothId }: { item: MatchingNeed; boothId: string }) {
  const { t } = useTranslation(['needs', 'common']);
  const f = useFormat();
  const uid = useId();
  const navigate = useNavigate();
  const client = useQueryClient();
  const exhibits = useBooth(boothId).data?.exhibits ?? [];
  const titleOf = (id: string) => exhibits.find((e) => e.id === id)?.title ?? id;
  const [exhibitId, setExhibitId] = useState(item.exhibitIds[0] ?? '');
  const answer = useMutation({
    mutationFn: () => needsApi.answer(item.need.id, exhibitId),
    onSuccess: ({ answer: a }) => {
      void client.invalidateQueries({ queryKey: needsKeys.forExhibitor() });
      navigate(`/negotiations/${a.negotiationId}`);
    },
  });
  const n = item.need;
  const budget = n.budget?.min || n.budget?.max;
  const range = [n.budget?.min ? formatMoney(n.budget.min, f.lng) : '', n.budget?.max ? formatMoney(n.budget.max, f.lng) : ''].join(' – ');
  const facts = [
    ...n.classes.map((c) => classLabel(c, t)),
    ...n.keywords.map((k) => t('needs:reason.keyword', { value: k })),
    ...n.tradeModes.map((m) => t(`common:tradeMode.${m}`)),
    budget ? t('needs:exhibitor.budget', { range }) : t('needs:exhibitor.anyBudget'),
  ];
  return (
    <li className="matching-needs__item" data-testid="matching-need">
      <div className="need-list__head">
        <h3>{n.title}</h3>
        <span className="tag tag--match">{t('needs:exhibitor.score', { score: item.score })}</span>
      </div>
      <p className="muted small">{facts.join(' · ')}</p>
      {item.answered ? (
        <p className="small">
          <Link to={`/negotiations/${item.answered.negotiationId}`}>{t('needs:exhibitor.answered')}</Link>
        </p>
      ) : (
        <div className="actions-row">
          <label className="visually-hidden" htmlFor={`${uid}-exhibit`}>
            {t('needs:exhibitor.answerWith')}
          </label>
          <select id={`${uid}-exhibit`} value={exhibitId} onChange={(e) => setExhibitId(e.target.value)}>
            {item.exhibitIds.map((id) => (
              <option key={id} value={id}>
                {titleOf(id)}
              </option>
            ))}
          </select>
          <button type="button" className="button button--small" disabled={answer.isPending || !exhibitId} onClick={() => answer.mutate()}>
            {t('needs:exhibitor.answer')}
          </button>
        </div>
      )}
      <Refusal error={answer.error} />
    </li>
  );
}
