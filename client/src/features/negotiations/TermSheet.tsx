import type { Negotiation } from '@pavilion/shared';
import { formatDateTime } from './displayFormat';
import { useNegotiationsText } from './i18n';
import { isExpired, offerAuthor } from './negotiationRules';
import { currentRedline, TERM_FIELDS } from './offerRedline';
import { useTermText } from './useTermText';

/**
 * The current offer as a term sheet. Terms that differ from the offer it supersedes are redlined: the
 * row is marked, and the previous value is shown struck through beside the new one.
 */
export function TermSheet({ negotiation, now }: { negotiation: Negotiation; now: number }) {
  const { tx, lng } = useNegotiationsText();
  const { termText } = useTermText();
  const { current, previous, changed } = currentRedline(negotiation.offers);

  return (
    <section className="card term-sheet" aria-labelledby="term-sheet-title" data-testid="term-sheet" data-version={current?.version ?? 0}>
      <div className="section-head">
        <h2 id="term-sheet-title">{tx('terms.heading')}</h2>
        {current && <span className="chip term-sheet__version">{tx('terms.version', { version: current.version })}</span>}
      </div>
      {!current && <p className="muted">{tx('terms.none')}</p>}
      {current && (
        <>
          <p className="term-sheet__by muted small">
            {tx('terms.offeredBy', {
              name: offerAuthor(negotiation, current) ?? tx(current.side === 'buyer' ? 'page.unknownBuyer' : 'page.unknownSeller'),
              side: tx(`terms.side.${current.side}`),
              time: formatDateTime(current.at, lng),
            })}
          </p>
          {previous && changed.size > 0 && (
            <p className="term-sheet__legend small">
              <span className="term-sheet__swatch" aria-hidden="true" />
              {tx('terms.redlineHint', { version: previous.version })}
            </p>
          )}
          <dl className="term-sheet__terms">
            {TERM_FIELDS.map((field) => {
              const isChanged = changed.has(field);
              const expired = field === 'expiresAt' && isExpired(current, now);
              return (
                <div
                  key={field}
                  className={isChanged ? 'term-row term-row--changed' : 'term-row'}
                  data-field={field}
                  data-changed={isChanged}
                >
                  <dt>
                    {tx(`terms.fields.${field}`)}
                    {isChanged && <span className="term-row__flag">{tx('terms.changed')}</span>}
                  </dt>
                  <dd>
                    <span className={field === 'price' ? 'term-row__value term-row__value--price' : 'term-row__value'}>
                      {termText(field, current.terms)}
                    </span>
                    {expired && <span className="chip chip--muted term-row__expired">{tx('terms.expired')}</span>}
                    {isChanged && previous && (
                      <span className="term-row__was">
                        {tx('terms.was')} <del>{termText(field, previous.terms)}</del>
                      </span>
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
        </>
      )}
    </section>
  );
}
