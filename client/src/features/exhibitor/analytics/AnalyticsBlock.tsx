import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A wide block of the booth's analytics: its heading, the CSV download of the same rows where there is one, a line
 * saying what it shows, then the rows (`children`), or `empty` while there are none.
 */
export function AnalyticsBlock({
  id,
  testId,
  title,
  csv,
  intro,
  empty,
  children,
}: {
  id: string;
  testId: string;
  title: string;
  /** The server's CSV of the block (the session cookie authorizes the download; the server names the file). */
  csv?: { href: string; label: string };
  intro?: string;
  /** What stands in for the rows while there are none; nothing when there are. */
  empty: string | null;
  children: ReactNode;
}) {
  const { t } = useTranslation(['common']);
  const heading = <h3 id={id}>{title}</h3>;
  return (
    <section className="analytics-block analytics-block--wide" aria-labelledby={id} data-testid={testId}>
      {csv ? (
        <div className="section-head">
          {heading}
          <a className="button button--ghost button--small" href={csv.href} download aria-label={csv.label}>
            {t('common:exportCsv')}
          </a>
        </div>
      ) : (
        heading
      )}
      {intro !== undefined && <p className="muted small">{intro}</p>}
      {empty !== null ? <p className="analytics-empty">{empty}</p> : children}
    </section>
  );
}
