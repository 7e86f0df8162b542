import type { DealProofAnswer } from '@pavilion/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { apiErrorText } from '../../app/ui/apiErrorText';
import { Page } from '../../app/ui/Page';
import { PageLoading } from '../../app/ui/PageLoading';
import { usePageTitle } from '../../app/usePageTitle';
import { climbToRoot, sha256Hex } from './merkleProof';
import { statsApi } from './statsApi';
import './stats.css';

type Verdict = 'checking' | 'valid' | 'invalid';

/**
 * `/deals/:id/proof`: a party's proof that its deal is in the public ledger, recomputed here in the browser
 * and compared with the root published for the day (read from the public roots, not from the proof).
 */
export default function DealProofPage() {
  const { t } = useTranslation(['stats', 'common']);
  usePageTitle(t('stats:proof.title'));
  const { id = '' } = useParams();
  const [proof, setProof] = useState<DealProofAnswer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [verdict, setVerdict] = useState<Verdict>('checking');

  useEffect(() => {
    const abort = new AbortController();
    (async () => {
      const answer = await statsApi.dealProof(id, { signal: abort.signal });
      setProof(answer);
      const [published, leaf, root] = await Promise.all([
        statsApi.ledgerRoots({ signal: abort.signal }),
        sha256Hex(answer.record),
        climbToRoot(answer.record, answer.proof),
      ]);
      const dayRoot = published.items.find((r) => r.day === answer.day)?.root;
      setVerdict(leaf === answer.leaf && root === dayRoot ? 'valid' : 'invalid');
    })().catch((e: unknown) => {
      if (!abort.signal.aborted) setError(e);
    });
    return () => abort.abort();
  }, [id]);

  return (
    <Page className="proof-page" titleId="proof-title" title={t('stats:proof.title')} intro={t('stats:proof.intro')}>
      {error !== null ? (
        <p className="form-error" role="alert">
          {t('stats:proof.loadFailed', { reason: apiErrorText(error) })}
        </p>
      ) : !proof ? (
        <PageLoading />
      ) : (
        <div className="card proof-card" data-testid="deal-proof">
          <p
            className={verdict === 'valid' ? 'form-ok' : verdict === 'invalid' ? 'form-error' : 'muted'}
            role="status"
            data-testid="proof-verdict"
            data-verdict={verdict}
          >
            {verdict === 'checking' ? t('stats:proof.checking') : t(`stats:proof.${verdict}`, { day: proof.day })}
          </p>
          <h2>{t('stats:proof.record')}</h2>
          <pre className="mono proof-card__record">{proof.record}</pre>
          <h2>{t('stats:proof.leaf')}</h2>
          <p className="mono proof-card__hash">{proof.leaf}</p>
          <h2>{t('stats:proof.steps', { count: proof.proof.length })}</h2>
          <ol className="proof-card__steps">
            {proof.proof.map((step, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a proof's steps are fixed; the same hash may recur
              <li key={i}>
                <span className="small muted">{t(`stats:proof.side.${step.side}`)}</span>{' '}
                <span className="mono proof-card__hash">{step.hash}</span>
              </li>
            ))}
          </ol>
          <h2>{t('stats:ledger.root')}</h2>
          <p className="mono proof-card__hash">{proof.root}</p>
          <p>
            <Link to="/stats#ledger">{t('stats:proof.back')}</Link>
          </p>
        </div>
      )}
    </Page>
  );
}
