import type { Negotiation } from '@pavilion/shared';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../app/ui/DataTable';
import { formatDateTime } from '../../i18n/format';
import { useDisclosure } from '../../lib/useDisclosure';
import { useRefreshable } from '../../lib/useRefreshable';
import { type AuditEntry, negotiationApi, negotiationKeys } from './negotiationApi';

type AuditState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; entries: AuditEntry[]; valid: boolean };

/**
 * The audit chain's verdict and entries, re-checked by the server on every read: read again when the
 * negotiation moves on (`version`), the last verdict staying on screen meanwhile.
 */
export function useAudit(negotiationId: string, enabled: boolean, version: number) {
  const read = useRefreshable(
    negotiationKeys.audit(negotiationId, version),
    (signal) => negotiationApi.audit(negotiationId, { signal }),
    enabled,
  );
  let state: AuditState;
  if (read.error !== null) state = { status: 'error' };
  else if (read.data) state = { status: 'ready', ...read.data };
  else state = enabled ? { status: 'loading' } : { status: 'idle' };
  return { state, reload: read.refresh };
}

/** "Chain verified ✓", or a warning that the chain does not verify. */
export function ChainVerdict({ state }: { state: AuditState }) {
  const { t } = useTranslation(['negotiations']);
  if (state.status === 'loading' || state.status === 'idle')
    return <p className="chain-verdict muted">{t('negotiations:audit.checking')}</p>;
  if (state.status === 'error')
    return (
      <p className="chain-verdict chain-verdict--error" role="alert">
        {t('negotiations:audit.failed')}
      </p>
    );
  return state.valid ? (
    <p className="chain-verdict chain-verdict--ok" data-testid="chain-verdict" data-valid="true">
      {t('negotiations:audit.verified')}
    </p>
  ) : (
    <p className="chain-verdict chain-verdict--broken" data-testid="chain-verdict" data-valid="false" role="alert">
      {t('negotiations:audit.broken')}
    </p>
  );
}

function offerVersion(payload: unknown): number | undefined {
  if (typeof payload === 'object' && payload !== null && 'version' in payload) {
    const v = (payload as { version: unknown }).version;
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

/** The negotiation's audit trail: every step, its author, time and hash, with the chain's verdict. */
export function AuditTrail({ negotiation, open: initiallyOpen }: { negotiation: Negotiation; open: boolean }) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['negotiations']);
  const { open, panelId, toggleProps } = useDisclosure(initiallyOpen);
  const { state, reload } = useAudit(negotiation.id, open, negotiation.seq);
  const byName = (by: string) =>
    by === negotiation.buyerId
      ? (negotiation.buyerName ?? t('negotiations:page.unknownBuyer'))
      : (negotiation.sellerOrgName ?? t('negotiations:page.unknownSeller'));

  return (
    <section className="card audit-trail" aria-labelledby="audit-title" data-testid="audit-trail">
      <div className="section-head">
        <h2 id="audit-title">{t('negotiations:audit.heading')}</h2>
        <button type="button" className="button button--ghost button--small" {...toggleProps}>
          {open ? t('negotiations:audit.hide') : t('negotiations:audit.show')}
        </button>
      </div>
      <p className="muted small">{t('negotiations:audit.intro')}</p>
      {open && (
        <div id={panelId}>
          <div className="audit-trail__verdict">
            <ChainVerdict state={state} />
            {state.status === 'ready' && (
              <span className="muted small">
                {t('negotiations:audit.entries', { count: state.entries.length })} ·{' '}
                <button type="button" className="link-button" onClick={() => void reload()}>
                  {t('negotiations:audit.refresh')}
                </button>
              </span>
            )}
          </div>
          {state.status === 'ready' && state.entries.length > 0 && (
            <div className="audit-trail__scroll">
              <DataTable
                scroll={false}
                className="table audit-trail__table"
                columns={[
                  t('negotiations:audit.columns.seq'),
                  t('negotiations:audit.columns.step'),
                  t('negotiations:audit.columns.by'),
                  t('negotiations:audit.columns.at'),
                  t('negotiations:audit.columns.hash'),
                ]}
              >
                {state.entries.map((e) => (
                  <tr key={e.seq}>
                    <td className="num">{e.seq}</td>
                    <td>{t(`negotiations:audit.types.${e.type}`, { version: offerVersion(e.payload) ?? '' })}</td>
                    <td>{byName(e.by)}</td>
                    <td>{formatDateTime(e.at, lng)}</td>
                    <td>
                      <code className="audit-trail__hash" title={e.hash}>
                        {e.hash.slice(0, 12)}…
                      </code>
                    </td>
                  </tr>
                ))}
              </DataTable>
              <p className="small muted audit-trail__head">
                {t('negotiations:audit.head')}: <code className="audit-trail__hash">{state.entries.at(-1)?.hash}</code>
              </p>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
