import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** An action a later release wires up: visible, disabled, and saying so (never a button that pretends). */
export function ComingSoonButton({ label }: { label: string }) {
  const { t } = useTranslation();
  const hintId = useId();
  const hint = t('common.comingSoonHint', { action: label });
  return (
    <span className="coming-soon" title={hint}>
      <button type="button" className="button button--ghost button--small" disabled aria-describedby={hintId}>
        {label}
        <span className="chip chip--muted">{t('common.comingSoon')}</span>
      </button>
      <span id={hintId} className="visually-hidden">
        {hint}
      </span>
    </span>
  );
}
