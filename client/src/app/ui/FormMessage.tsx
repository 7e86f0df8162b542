/** What became of a form's last submission, in the app's language. */
export interface FormOutcome {
  kind: 'ok' | 'error';
  text: string;
}

/** A form's outcome under it: done (announced politely) or refused (announced at once); nothing before the first. */
export function FormMessage({ message }: { message: FormOutcome | null }) {
  if (!message) return null;
  return (
    <p className={message.kind === 'ok' ? 'form-ok' : 'form-error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
      {message.text}
    </p>
  );
}
