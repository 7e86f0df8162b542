import type { ChatMessage } from '@pavilion/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';

/** The mute lengths offered, in minutes. */
const MUTE_MINUTES = [10, 60, 1440] as const;

/** A moderator's actions on one message: delete it, or mute its author for a while. */
export function ModerationMenu({ room, message, mine }: { room: string; message: ChatMessage; mine: boolean }) {
  const { t } = useTranslation(['chat', 'common']);
  const deleteMessage = useAppStore((s) => s.deleteChatMessage);
  const mute = useAppStore((s) => s.muteChatUser);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const menu = useRef<HTMLDetailsElement>(null);

  const run = async (action: () => Promise<void>, ok: string) => {
    setBusy(true);
    setResult(null);
    try {
      await action();
      setResult({ kind: 'ok', text: ok });
      menu.current?.removeAttribute('open');
    } catch (error) {
      setResult({ kind: 'error', text: error instanceof ApiError ? t(`common:errors.${error.code}`) : t('common:errors.INTERNAL') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="chat-mod">
      <details
        ref={menu}
        onToggle={(e) => {
          // The menu opens inside the scrolling log: bring it into view when it opens near the bottom.
          const panel = e.currentTarget.open ? e.currentTarget.querySelector('.chat-mod__menu') : null;
          panel?.scrollIntoView({ block: 'nearest' });
        }}
      >
        <summary className="chat-mod__toggle" aria-label={t('chat:moderate', { name: message.userName })} title={t('chat:moderateShort')}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <circle cx="5" cy="12" r="2" fill="currentColor" />
            <circle cx="12" cy="12" r="2" fill="currentColor" />
            <circle cx="19" cy="12" r="2" fill="currentColor" />
          </svg>
        </summary>
        <div className="chat-mod__menu">
          <button
            type="button"
            className="chat-mod__item chat-mod__item--danger"
            disabled={busy}
            onClick={() => void run(() => deleteMessage(room, message.id), t('chat:deleted'))}
          >
            {t('chat:delete')}
          </button>
          {!mine &&
            MUTE_MINUTES.map((minutes) => (
              <button
                key={minutes}
                type="button"
                className="chat-mod__item"
                disabled={busy}
                onClick={() =>
                  void run(
                    () => mute(room, message.userId, minutes),
                    t('chat:muted', { name: message.userName, duration: t(`chat:muteFor.${minutes}`) }),
                  )
                }
              >
                {t('chat:mute', { duration: t(`chat:muteFor.${minutes}`) })}
              </button>
            ))}
        </div>
      </details>
      {result && (
        <p
          className={result.kind === 'ok' ? 'chat-mod__result' : 'chat-mod__result chat-mod__result--error'}
          role={result.kind === 'ok' ? 'status' : 'alert'}
        >
          {result.text}
        </p>
      )}
    </div>
  );
}
