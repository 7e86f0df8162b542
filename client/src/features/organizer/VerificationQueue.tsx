import { type QueuedOrganization, REGIONS, type Region } from '@pavilion/shared';
import { useEffect, useId, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { apiErrorText } from '../../app/ui/apiErrorText';
import { ChoiceSelect } from '../../app/ui/ChoiceSelect';
import { DataTable } from '../../app/ui/DataTable';
import { Field } from '../../app/ui/Field';
import { ReadState } from '../../app/ui/ReadState';
import { RegionBadge } from '../../app/ui/RegionBadge';
import { useFormat } from '../../i18n/format';
import { useRefreshable } from '../../lib/useRefreshable';
import { boothKeys } from '../../net/boothQuery';
import { queryClient } from '../../net/queryClient';
import { organizerApi, organizerKeys } from './organizerApi';
import { SectionHead } from './SectionHead';
import { EMPTY_QUEUE, matchingName, organizationFilter, queueReducer, type VerifiedFilter } from './verificationQueue';

/** Rows shown at first and added by each "Show more" (the full data set has about 2,500 organizations). */
const PAGE = 25;
const STATUSES: VerifiedFilter[] = ['unverified', 'verified', 'all'];

/**
 * Organizations to verify, filtered by status and region on the server and by name here. Verifying shows at
 * once; if the server refuses, the organization goes back as it was and the console says which one failed.
 */
export function VerificationQueue() {
  const { t } = useTranslation(['organizer', 'common']);
  const f = useFormat();
  const ids = useId();
  const [status, setStatus] = useState<VerifiedFilter>('unverified');
  const [region, setRegion] = useState<Region | ''>('');
  const [search, setSearch] = useState('');
  const [shown, setShown] = useState(PAGE);
  const [queue, dispatch] = useReducer(queueReducer, EMPTY_QUEUE);

  const filter = organizationFilter(status, region);
  const list = useRefreshable(organizerKeys.organizations(filter), (signal) =>
    organizerApi.organizations(filter, { signal }).then((a) => a.items),
  );
  useEffect(() => {
    if (list.data) dispatch({ type: 'loaded', items: list.data });
  }, [list.data]);

  async function toggle(org: QueuedOrganization) {
    const verified = !org.verified;
    dispatch({ type: 'sent', orgId: org.id, verified });
    try {
      await organizerApi.setVerified(org.id, verified);
      dispatch({ type: 'confirmed', orgId: org.id });
      // A booth this tab has open or cached must show the badge as it now is.
      if (org.boothId) void queryClient.invalidateQueries({ queryKey: boothKeys.detail(org.boothId) });
    } catch (error) {
      dispatch({ type: 'failed', orgId: org.id, verified, error });
    }
  }

  const matches = matchingName(queue.items, search);
  const rows = matches.slice(0, shown);
  const ready = list.data !== null;

  return (
    <section className="card console-section" aria-labelledby="org-queue" data-testid="verification-queue">
      <SectionHead id="org-queue" title={t('organizer:queue.heading')} read={list} />
      <p className="muted small">{t('organizer:queue.intro')}</p>
      <div className="console-filters">
        <Field id={`${ids}-status`} label={t('organizer:queue.statusLabel')}>
          <ChoiceSelect
            value={status}
            choices={STATUSES}
            label={(s) => t(`organizer:queue.status.${s}`)}
            onChange={(s) => {
              if (s === '') return;
              setStatus(s);
              setShown(PAGE);
            }}
          />
        </Field>
        <Field id={`${ids}-region`} label={t('common:regionLabel')}>
          <ChoiceSelect
            value={region}
            choices={REGIONS}
            label={(r) => t(`common:region.${r}`)}
            anyLabel={t('organizer:queue.anyRegion')}
            onChange={(r) => {
              setRegion(r);
              setShown(PAGE);
            }}
          />
        </Field>
        <Field id={`${ids}-search`} label={t('organizer:queue.searchLabel')} className="field console-filters__grow">
          <input
            type="search"
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setShown(PAGE);
            }}
          />
        </Field>
      </div>

      {queue.failure && (
        <div className="console-error" role="alert" data-testid="verify-failed">
          <span>{t('organizer:queue.failed', { name: queue.failure.name, reason: apiErrorText(queue.failure.error) })}</span>
          <button type="button" className="link-button" onClick={() => dispatch({ type: 'dismissed' })}>
            {t('common:dismiss')}
          </button>
        </div>
      )}
      <ReadState read={list} failed={(reason) => t('organizer:loadFailed', { reason })} />
      {ready && (
        <p className="muted small" aria-live="polite">
          {t('organizer:queue.count', { count: matches.length })}
        </p>
      )}
      {ready && matches.length === 0 && <p className="analytics-empty">{t('organizer:queue.empty')}</p>}
      {ready && matches.length > 0 && (
        <DataTable
          caption={t('organizer:queue.heading')}
          className="leads analytics-table queue-table"
          columns={[
            t('common:organization'),
            t('organizer:queue.kind'),
            t('common:regionLabel'),
            t('organizer:queue.booth'),
            t('organizer:queue.state'),
            { label: t('organizer:queue.action'), hiddenLabel: true },
          ]}
        >
          {rows.map((org) => {
            const saving = org.id in queue.pending;
            return (
              <tr key={org.id} data-org-id={org.id} data-verified={org.verified}>
                <th scope="row">{org.name}</th>
                <td>{t(`common:orgKind.${org.kind}`)}</td>
                <td className="nowrap">
                  <RegionBadge region={org.region} /> <span className="small">{org.country}</span>
                </td>
                <td>
                  {org.boothId ? (
                    <Link className="nowrap" to={`/booth/${encodeURIComponent(org.boothId)}`}>
                      {t('organizer:queue.viewBooth')}
                    </Link>
                  ) : (
                    <span className="muted small">{t('organizer:queue.noBooth')}</span>
                  )}
                </td>
                <td>
                  <span className={org.verified ? 'chip chip--verified' : 'chip chip--muted'}>
                    {org.verified ? t('organizer:queue.verified') : t('organizer:queue.unverified')}
                  </span>
                </td>
                <td className="queue-table__action">
                  <button
                    type="button"
                    className={org.verified ? 'button button--ghost button--small' : 'button button--small'}
                    onClick={() => void toggle(org)}
                    disabled={saving}
                    aria-busy={saving}
                    aria-label={
                      org.verified
                        ? t('organizer:queue.unverifyLabel', { name: org.name })
                        : t('organizer:queue.verifyLabel', { name: org.name })
                    }
                  >
                    {saving ? t('organizer:queue.saving') : org.verified ? t('organizer:queue.unverify') : t('organizer:queue.verify')}
                  </button>
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
      {matches.length > shown && (
        <p className="actions-row">
          <span className="muted small">{t('organizer:queue.shown', { shown: f.count(rows.length), total: f.count(matches.length) })}</span>
          <button type="button" className="button button--ghost button--small" onClick={() => setShown((n) => n + PAGE)}>
            {t('common:showMore')}
          </button>
        </p>
      )}
    </section>
  );
}
