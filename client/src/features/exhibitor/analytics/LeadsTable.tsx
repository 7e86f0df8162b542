import { LEAD_ACTIONS, type Lead } from '@pavilion/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../app/ui/DataTable';
import { formatDateTime, useFormat } from '../../../i18n/format';
import { AnalyticsBlock } from './AnalyticsBlock';
import { LEADS_CSV_HREF } from './analyticsApi';

/** Rows shown at first and added by each "Show more" (a busy booth has thousands of leads). */
const PAGE = 50;

/** The booth's leads, most recent first, with their organization and what each did; the whole list downloads as the server's CSV. */
export function LeadsTable({ leads }: { leads: Lead[] }) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['exhibitor', 'common']);
  const f = useFormat();
  const [shown, setShown] = useState(PAGE);
  const rows = leads.slice(0, shown);

  return (
    <AnalyticsBlock
      id="leads-title"
      testId="leads"
      title={t('exhibitor:analytics.leads.heading')}
      csv={{ href: LEADS_CSV_HREF, label: t('exhibitor:analytics.leads.exportLabel') }}
      intro={t('exhibitor:analytics.leads.intro')}
      empty={leads.length === 0 ? t('exhibitor:analytics.leads.empty') : null}
    >
      <DataTable
        caption={t('exhibitor:analytics.leads.heading')}
        className="leads analytics-table leads-table"
        columns={[
          t('exhibitor:analytics.leads.name'),
          t('common:organization'),
          t('exhibitor:analytics.leads.email'),
          t('exhibitor:analytics.leads.firstSeen'),
          t('exhibitor:analytics.leads.lastSeen'),
          t('exhibitor:analytics.leads.actions'),
        ]}
      >
        {rows.map((lead) => (
          <tr key={lead.userId} data-lead={lead.name}>
            <th scope="row">{lead.name}</th>
            <td className="leads-table__org" data-column="organization">
              {lead.orgName || <span className="muted">{t('exhibitor:analytics.leads.noOrganization')}</span>}
            </td>
            <td>
              {lead.email ? (
                <a href={`mailto:${lead.email}`}>{lead.email}</a>
              ) : (
                <span className="muted">{t('exhibitor:analytics.leads.notShared')}</span>
              )}
            </td>
            <td className="nowrap">
              <time dateTime={new Date(lead.firstSeen).toISOString()}>{formatDateTime(lead.firstSeen, lng)}</time>
            </td>
            <td className="nowrap">
              <time dateTime={new Date(lead.lastSeen).toISOString()}>{formatDateTime(lead.lastSeen, lng)}</time>
            </td>
            <td>
              <ul className="lead-actions">
                {LEAD_ACTIONS.filter((a) => (lead.actions[a] ?? 0) > 0).map((a) => {
                  const count = lead.actions[a] ?? 0;
                  const label = t(`exhibitor:analytics.leads.action.${a}`);
                  return (
                    <li key={a} className={`chip lead-action lead-action--${a}`} data-action={a}>
                      {count > 1 ? t('exhibitor:analytics.leads.actionCount', { action: label, times: f.count(count) }) : label}
                    </li>
                  );
                })}
              </ul>
            </td>
          </tr>
        ))}
      </DataTable>
      {leads.length > shown && (
        <p className="actions-row">
          <span className="muted small">
            {t('exhibitor:analytics.leads.shown', { shown: f.count(rows.length), total: f.count(leads.length) })}
          </span>
          <button type="button" className="button button--ghost button--small" onClick={() => setShown((n) => n + PAGE)}>
            {t('common:showMore')}
          </button>
        </p>
      )}
    </AnalyticsBlock>
  );
}
