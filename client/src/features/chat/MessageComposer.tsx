import { type FormEvent, type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_CHAT_LENGTH } from '../../store/chatRoom';

/** Show the characters-left counter from this many characters on. */
const COUNTER_FROM = MAX_CHAT_LENGTH - 200;

/**
 * A chat message box: Enter sends, Shift+Enter breaks the line, never while an input method is composing (Chinese
 * input); `onSend` gets the trimmed text and the box empties. With `counter`, near the limit it says how many
 * characters are left.
 */
export function MessageComposer({
  className,
  label,
  placeholder,
  sendLabel,
  sendClassName = 'button button--small',
  rows = 1,
  ready = true,
  counter = false,
  inputId,
  onSend,
  onType,
}: {
  className: string;
  /** Heard by screen readers only. */
  label: string;
  placeholder: string;
  sendLabel: string;
  sendClassName?: string;
  rows?: number;
  /** Whether messages can go now (the room is joined). */
  ready?: boolean;
  counter?: boolean;
  inputId?: string;
  onSend: (text: string) => void;
  /** Each change that leaves text in the box while ready (a typing hint). */
  onType?: () => void;
}) {
  const { t } = useTranslation(['chat']);
  const [text, setText] = useState('');
  const generatedId = useId();
  const id = inputId ?? generatedId;
  const counterId = `${id}-counter`;
  const trimmed = text.trim();
  const left = MAX_CHAT_LENGTH - text.length;
  const counting = counter && text.length >= COUNTER_FROM;

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (!ready || !trimmed || text.length > MAX_CHAT_LENGTH) return;
    onSend(trimmed);
    setText('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  };

  return (
    <form className={className} onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={id}
        value={text}
        rows={rows}
        maxLength={MAX_CHAT_LENGTH}
        placeholder={placeholder}
        aria-describedby={counting ? counterId : undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value.trim() && ready) onType?.();
        }}
        onKeyDown={onKeyDown}
      />
      <button type="submit" className={sendClassName} disabled={!ready || !trimmed}>
        {sendLabel}
      </button>
      {counting && (
        <p id={counterId} className={left <= 0 ? 'chat__counter chat__counter--full' : 'chat__counter'} aria-live="polite">
          {t('chat:charactersLeft', { count: Math.max(0, left) })}
        </p>
      )}
    </form>
  );
}
