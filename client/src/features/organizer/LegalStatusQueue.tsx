import type { Exhibit } from '@pavilion/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { apiErrorText } from '../../app/ui/apiErrorText';
import { DataTable } from '../../app/ui/DataTable';
import { LegalStatusBadge } from '../../app/ui/LegalStatusBadge';
import { ReadState } from '../../app/ui/ReadState';
import { useRefreshable } from '../../lib/useRefreshable';
import { boothKeys } from '../../net/boothQuery';
import { queryClient } from '../../net/queryClient';
import { organizerApi, organizerKeys } from './organizerApi';
import { SectionHead } from './SectionHead';

/**
 * Stated legal statuses waiting for the organizer's check against the register. Verifying names the version
 * read, so a status the exhibitor changed meanwhile is refused rather than verified unseen.
 */
export function LegalStatusQueue() {
  const { t } = useTranslation(['organizer', 'common']);
  const list = useRefreshable(organizerKeys.legalQueue(), (signal) => organizerApi.legalQueue({ signal }));
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const [saving, setSaving] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function verify(exhibit: Exhibit) {
    setSaving(exhibit.id);
    setFailure(null);
    try {
      await organizerApi.verifyLegalStatus(exhibit.id, exhibit.legalStatus.version);
      setDone((d) => new Set(d).add(exhibit.id));
      void queryClient.invalidateQueries({ queryKey: boothKeys.detail(exhibit.boothId) });
    } catch (error) {
      setFailure(t('organizer:legalQueue.failed', { title: exhibit.title, reason: apiErrorText(error) }));
      list.refresh();
    } finally {
      setSaving(null);
    }
  }

  const rows = (list.data?.items ?? []).filter((e) => !done.has(e.id));
  return (
    <section className="card console-section" aria-labelledby="legal-queue" data-testid="legal-queue">
      <SectionHead id="legal-queue" title={t('organizer:legalQueue.heading')} read={list} />
      <p className="muted small">{t('organizer:legalQueue.intro')}</p>
      {failure && (
        <p className="console-error" role="alert">
          {failure}
        </p>
      )}
      <ReadState read={list} failed={(reason) => t('organizer:loadFailed', { reason })} />
      {list.data && (
        <p className="muted small" aria-live="polite">
          {t('organizer:legalQueue.count', { count: Math.max(0, list.data.total - done.size) })}
        </p>
      )}
      {list.data && rows.length === 0 && <p className="analytics-empty">{t('organizer:legalQueue.empty')}</p>}
      {rows.length > 0 && (
        <DataTable
          caption={t('organizer:legalQueue.heading')}
          className="leads analytics-table queue-table"
          columns={[
            t('common:exhibit'),
            t('organizer:legalQueue.number'),
            t('organizer:legalQueue.state'),
            t('common:legal.owner'),
            { label: t('organizer:queue.action'), hiddenLabel: true },
          ]}
        >
          {rows.map((e) => (
            <tr key={e.id} data-exhibit-id={e.id}>
              <th scope="row">
                <Link to={`/booth/${encodeURIComponent(e.boothId)}`}>{e.title}</Link>
                <span className="small muted"> · {e.orgName}</span>
              </th>
              <td className="mono nowrap">
                {e.jurisdiction} {e.registrationNumber}
              </td>
              <td>
                <LegalStatusBadge status={e.legalStatus} />
                {e.legalStatus.encumbrances && <div className="small">{e.legalStatus.encumbrances.join(' · ')}</div>}
              </td>
              <td>{e.legalStatus.ownerOfRecord ?? '—'}</td>
              <td className="queue-table__action">
                <button
                  type="button"
                  className="button button--small"
                  disabled={saving === e.id}
                  aria-busy={saving === e.id}
                  aria-label={t('organizer:legalQueue.verifyLabel', { title: e.title })}
                  onClick={() => void verify(e)}
                >
                  {t('organizer:legalQueue.verify')}
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
