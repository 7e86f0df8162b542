import { type Booth, type BoothAnswer, MAX_LOGO_BYTES } from '@pavilion/shared';
import { useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/ui/apiErrorText';
import { BoothLogo } from '../../app/ui/BoothLogo';
import { boothKeys } from '../../net/boothQuery';
import { rest } from '../../net/rest';

/**
 * Booth staff set the organization's logo: a PNG or JPEG up to 2 MB, sent as soon as it is chosen; the server checks
 * it and makes it a 256-pixel square. Until one is set the booth shows its monogram.
 */
export function BoothLogoEditor({ booth }: { booth: Booth }) {
  const { t } = useTranslation(['exhibitor', 'common']);
  const client = useQueryClient();
  const inputId = useId();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const apply = async (change: () => Promise<{ booth: Booth }>, doneText: string) => {
    setBusy(true);
    setFailure(null);
    setDone(null);
    try {
      const { booth: changed } = await change();
      client.setQueryData<BoothAnswer>(boothKeys.detail(changed.id), (old) => (old ? { ...old, booth: changed } : old));
      setDone(doneText);
    } catch (error) {
      setFailure(apiErrorText(error));
    } finally {
      setBusy(false);
    }
  };

  const chosen = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // The same file may be chosen again after a failure.
    e.target.value = '';
    if (!file) return;
    if (file.size > MAX_LOGO_BYTES) {
      setDone(null);
      setFailure(t('exhibitor:logo.tooLarge'));
      return;
    }
    void apply(() => rest.uploadBoothLogo(booth.id, file), t('exhibitor:logo.uploaded'));
  };

  return (
    <div className="logo-editor">
      <BoothLogo booth={booth} size={96} />
      <div className="logo-editor__controls">
        <label htmlFor={inputId}>
          <strong>{t('exhibitor:logo.label')}</strong>
        </label>
        <input id={inputId} type="file" accept="image/png,image/jpeg" onChange={chosen} disabled={busy} data-testid="logo-file" />
        <span className="muted">{t('exhibitor:logo.hint')}</span>
        {booth.logoUrl && (
          <p className="actions-row">
            <button
              type="button"
              className="button button--ghost button--small"
              disabled={busy}
              onClick={() => void apply(() => rest.removeBoothLogo(booth.id), t('exhibitor:logo.removed'))}
            >
              {t('exhibitor:logo.remove')}
            </button>
          </p>
        )}
        {busy && (
          <span className="muted" aria-live="polite">
            {t('exhibitor:logo.sending')}
          </span>
        )}
        {failure && (
          <p className="field-error" role="alert">
            {failure}
          </p>
        )}
        {done && <p role="status">{done}</p>}
      </div>
    </div>
  );
}
