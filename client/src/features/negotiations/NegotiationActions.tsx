import type { Exhibit, Negotiation } from '@pavilion/shared';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormMessage, type FormOutcome } from '../../app/ui/FormMessage';
import { formatDateTime } from '../../i18n/format';
import { actionsFor, isExpired, type NegotiationRole } from './negotiationRules';
import { OfferForm } from './OfferForm';
import type { NegotiationStep } from './useNegotiation';
import { useNegotiationErrorText } from './useNegotiationErrorText';

interface Props {
  negotiation: Negotiation;
  role: NegotiationRole;
  exhibit: Exhibit | null;
  now: number;
  act: (step: NegotiationStep) => Promise<Negotiation>;
}

type Confirming = 'reject' | 'withdraw' | null;

/** The viewer's moves: accept or reject the other side's latest offer, (counter-)offer, withdraw. */
export function NegotiationActions({ negotiation, role, exhibit, now, act }: Props) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['negotiations', 'common']);
  const errorText = useNegotiationErrorText();
  const [busy, setBusy] = useState<NegotiationStep['kind'] | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [message, setMessage] = useState<FormOutcome | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const rejectRef = useRef<HTMLButtonElement>(null);
  const withdrawRef = useRef<HTMLButtonElement>(null);
  const latest = negotiation.offers.at(-1);
  const can = actionsFor(negotiation, role, now);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  // The latest offer changed under us: an open confirmation was about the old one.
  const latestId = latest?.id;
  useEffect(() => {
    if (latestId !== undefined) setConfirming((c) => (c === 'reject' ? null : c));
  }, [latestId]);

  if (role === 'observer') {
    return (
      <section className="card" aria-labelledby="neg-actions-title">
        <h2 id="neg-actions-title">{t('negotiations:actions.heading')}</h2>
        <p className="muted">{t('negotiations:actions.readOnly')}</p>
      </section>
    );
  }
  if (negotiation.status !== 'open') {
    return message ? (
      <p className="form-ok" role="status">
        {message.text}
      </p>
    ) : null;
  }

  async function run(step: NegotiationStep, done: (n: Negotiation) => string) {
    setBusy(step.kind);
    setMessage(null);
    try {
      const n = await act(step);
      setConfirming(null);
      setMessage({ kind: 'ok', text: done(n) });
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(null);
    }
  }

  const cancel = () => {
    const which = confirming;
    setConfirming(null);
    (which === 'reject' ? rejectRef : withdrawRef).current?.focus();
  };
  const expired = latest && isExpired(latest, now);

  return (
    <section className="card neg-actions" aria-labelledby="neg-actions-title" data-testid="negotiation-actions">
      <h2 id="neg-actions-title">{t('negotiations:actions.heading')}</h2>
      {latest && can.reject && (
        <div className="neg-decision">
          {expired && latest.terms.expiresAt !== undefined ? (
            <p className="notice">
              {t('negotiations:actions.expired', { version: latest.version, time: formatDateTime(latest.terms.expiresAt, lng) })}
            </p>
          ) : (
            <button
              type="button"
              className="button neg-decision__accept"
              disabled={busy !== null || !can.accept}
              onClick={() =>
                void run({ kind: 'accept', offerId: latest.id }, () =>
                  t('negotiations:actions.acceptedNotice', { version: latest.version }),
                )
              }
            >
              {busy === 'accept' ? t('negotiations:actions.working') : t('negotiations:actions.accept', { version: latest.version })}
            </button>
          )}
          <button
            ref={rejectRef}
            type="button"
            className="button button--ghost button--danger"
            disabled={busy !== null}
            aria-expanded={confirming === 'reject'}
            onClick={() => setConfirming('reject')}
          >
            {t('negotiations:actions.reject')}
          </button>
        </div>
      )}
      {confirming === 'reject' && latest && (
        <InlineConfirm
          textId="neg-confirm-text"
          text={t('negotiations:actions.rejectConfirm', { version: latest.version })}
          confirmLabel={busy === 'reject' ? t('negotiations:actions.working') : t('negotiations:actions.confirmReject')}
          confirmRef={confirmRef}
          disabled={busy !== null}
          onConfirm={() => void run({ kind: 'reject', offerId: latest.id }, () => t('negotiations:actions.rejectedNotice'))}
          onCancel={cancel}
        />
      )}

      <FormMessage message={message} />

      {can.offer && (
        <OfferForm
          exhibit={exhibit}
          base={latest?.terms}
          mode={!latest ? 'first' : can.waitingForOtherSide ? 'revise' : 'counter'}
          onSubmit={(terms) => act({ kind: 'offer', terms })}
        />
      )}

      {can.withdraw && (
        <div className="neg-withdraw">
          {confirming === 'withdraw' ? (
            <InlineConfirm
              textId="neg-withdraw-text"
              text={t('negotiations:actions.withdrawConfirm')}
              confirmLabel={busy === 'withdraw' ? t('negotiations:actions.working') : t('negotiations:actions.confirmWithdraw')}
              confirmRef={confirmRef}
              disabled={busy !== null}
              onConfirm={() => void run({ kind: 'withdraw' }, () => t('negotiations:actions.withdrawnNotice'))}
              onCancel={cancel}
            />
          ) : (
            <button
              ref={withdrawRef}
              type="button"
              className="link-button neg-withdraw__button"
              disabled={busy !== null}
              onClick={() => setConfirming('withdraw')}
            >
              {t('negotiations:actions.withdraw')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

/** "Are you sure?" in place: the question, the confirming button (focused when it opens) and a cancel. */
function InlineConfirm({
  textId,
  text,
  confirmLabel,
  confirmRef,
  disabled,
  onConfirm,
  onCancel,
}: {
  textId: string;
  text: string;
  confirmLabel: string;
  confirmRef: RefObject<HTMLButtonElement | null>;
  disabled: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['common']);
  return (
    // biome-ignore lint/a11y/useSemanticElements: an inline confirmation, not a form group
    <div className="neg-confirm" role="group" aria-labelledby={textId}>
      <p id={textId}>{text}</p>
      <div className="actions-row">
        <button ref={confirmRef} type="button" className="button button--danger-solid" disabled={disabled} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </div>
  );
}
