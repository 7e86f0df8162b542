import { DealSource, formatMoney, IP_TYPES, type LedgerFilters, REGIONS } from '@pavilion/shared';
import { type FormEvent, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceSelect } from '../../app/ui/ChoiceSelect';
import { DataTable } from '../../app/ui/DataTable';
import { Field } from '../../app/ui/Field';
import { ReadState } from '../../app/ui/ReadState';
import { Refusal } from '../../app/ui/Refusal';
import { RegionBadge } from '../../app/ui/RegionBadge';
import { formatDateTime, useFormat } from '../../i18n/format';
import { useRefreshable } from '../../lib/useRefreshable';
import { useAppStore } from '../../store/appStore';
import { DealLeadCells } from '../exhibitor';
import { LEDGER_EXPORT_LIMIT, LEDGER_TABLE_LIMIT, ledgerCsvHref, ledgerFilterProblem, NO_LEDGER_FILTERS } from './ledgerQuery';
import { organizerApi, organizerKeys } from './organizerApi';
import { SectionHead } from './SectionHead';

const SOURCES = Object.values(DealSource);

/**
 * The expo's deals, filtered by type, seller region, source and UTC dates; each exhibit links to the auction or
 * negotiation that sold it. The export link carries the same filters.
 */
export function Ledger() {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['organizer', 'common']);
  const f = useFormat();
  const ids = useId();
  const expo = useAppStore((s) => s.expo);
  const loadExpo = useAppStore((s) => s.loadExpo);
  const [draft, setDraft] = useState<LedgerFilters>(NO_LEDGER_FILTERS);
  const [applied, setApplied] = useState<LedgerFilters>(NO_LEDGER_FILTERS);
  const problem = ledgerFilterProblem(draft);

  useEffect(() => {
    if (!expo) void loadExpo();
  }, [expo, loadExpo]);
  const hallNames = useMemo(() => new Map((expo?.halls ?? []).map((h) => [h.id, f.hallName(h)])), [expo, f]);

  const ledger = useRefreshable(organizerKeys.ledger(applied), (signal) => organizerApi.ledger(applied, { signal }).then((a) => a.items));
  const deals = ledger.data;
  const total = deals ? { amount: deals.reduce((s, d) => s + d.amount.amount, 0), currency: 'CNY' as const } : null;

  function apply(e: FormEvent) {
    e.preventDefault();
    if (!problem) setApplied(draft);
  }
  const set = <K extends keyof LedgerFilters>(key: K, value: LedgerFilters[K]) => setDraft((d) => ({ ...d, [key]: value }));

  return (
    <section className="card console-section" aria-labelledby="org-ledger" data-testid="ledger">
      <SectionHead id="org-ledger" title={t('organizer:ledger.heading')} read={ledger}>
        {/* The session cookie authorizes the download; it holds the filters the table shows. */}
        <a
          className="button button--small"
          href={ledgerCsvHref(applied)}
          download
          aria-label={t('organizer:ledger.exportLabel')}
          data-testid="ledger-export"
        >
          {t('common:exportCsv')}
        </a>
      </SectionHead>
      <p className="muted small">{t('organizer:ledger.intro')}</p>
      <form className="console-filters" onSubmit={apply} noValidate aria-describedby={`${ids}-utc`}>
        <Field id={`${ids}-type`} label={t('common:ipTypeLabel')}>
          <ChoiceSelect
            value={draft.type}
            choices={IP_TYPES}
            label={(ty) => t(`common:ipType.${ty}`)}
            anyLabel={t('organizer:ledger.any')}
            onChange={(ty) => set('type', ty)}
          />
        </Field>
        <Field id={`${ids}-region`} label={t('organizer:ledger.region')}>
          <ChoiceSelect
            value={draft.region}
            choices={REGIONS}
            label={(r) => t(`common:region.${r}`)}
            anyLabel={t('organizer:ledger.any')}
            onChange={(r) => set('region', r)}
          />
        </Field>
        <Field id={`${ids}-source`} label={t('organizer:ledger.source')}>
          <ChoiceSelect
            value={draft.source}
            choices={SOURCES}
            label={(s) => t(`organizer:ledger.via.${s}`)}
            anyLabel={t('organizer:ledger.any')}
            onChange={(s) => set('source', s)}
          />
        </Field>
        <Field id={`${ids}-from`} label={t('organizer:ledger.from')}>
          <input
            type="date"
            value={draft.from}
            max={draft.to || undefined}
            onChange={(e) => set('from', e.target.value)}
            aria-invalid={problem === 'badFrom' || problem === 'fromAfterTo'}
          />
        </Field>
        <Field id={`${ids}-to`} label={t('organizer:ledger.to')}>
          <input
            type="date"
            value={draft.to}
            min={draft.from || undefined}
            onChange={(e) => set('to', e.target.value)}
            aria-invalid={problem === 'badTo' || problem === 'fromAfterTo'}
          />
        </Field>
        <div className="console-filters__actions">
          <button type="submit" className="button button--small" disabled={problem !== null}>
            {t('organizer:ledger.apply')}
          </button>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => {
              setDraft(NO_LEDGER_FILTERS);
              setApplied(NO_LEDGER_FILTERS);
            }}
          >
            {t('organizer:ledger.reset')}
          </button>
        </div>
      </form>
      <p className="hint" id={`${ids}-utc`}>
        {t('organizer:ledger.utcHint')}
      </p>
      <Refusal error={problem && t(`organizer:ledger.problems.${problem}`)} />
      <ReadState read={ledger} failed={(reason) => t('organizer:loadFailed', { reason })} />
      {deals && total && (
        <p className="analytics-total" aria-live="polite" data-testid="ledger-total">
          {t('organizer:ledger.total', { count: deals.length, amount: formatMoney(total, lng) })}
        </p>
      )}
      {deals?.length === 0 && <p className="analytics-empty">{t('organizer:ledger.empty')}</p>}
      {deals && deals.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users must be able to focus the scrolling table to scroll it
        <section className="table-scroll ledger-scroll" aria-labelledby="org-ledger" tabIndex={0}>
          <DataTable
            scroll={false}
            caption={t('organizer:ledger.heading')}
            columns={[
              t('common:time'),
              t('common:exhibit'),
              t('common:ipTypeLabel'),
              t('organizer:ledger.source'),
              t('common:seller'),
              t('common:hall'),
              { label: t('common:amount'), className: 'num' },
            ]}
          >
            {deals.map((d) => (
              <tr key={d.id} data-deal-id={d.id}>
                <DealLeadCells deal={d} when={formatDateTime(d.at, lng)} via={t(`organizer:ledger.via.${d.source}`)} />
                <td data-column="seller">
                  {d.sellerRegion && <RegionBadge region={d.sellerRegion} />}{' '}
                  {d.sellerOrgName || <span className="mono">{d.sellerOrgId}</span>}
                </td>
                <td>{hallNames.get(d.hallId) ?? d.hallId}</td>
                <td className="num">{formatMoney(d.amount, lng)}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      )}
      {deals && deals.length >= LEDGER_TABLE_LIMIT && (
        <p className="muted small">
          {t('organizer:ledger.capped', { shown: f.count(LEDGER_TABLE_LIMIT), max: f.count(LEDGER_EXPORT_LIMIT) })}
        </p>
      )}
    </section>
  );
}
