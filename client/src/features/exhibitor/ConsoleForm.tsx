import type { FormEvent, ReactNode } from 'react';
import { FormMessage, type FormOutcome } from '../../app/ui/FormMessage';

/** A booth or exhibit form of the console: its fields, what became of the last submission, and the submit button. */
export function ConsoleForm({
  onSubmit,
  message,
  submitting,
  submitLabel,
  children,
}: {
  onSubmit: (e?: FormEvent) => void;
  message: FormOutcome | null;
  submitting: boolean;
  submitLabel: string;
  children: ReactNode;
}) {
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {children}
      <FormMessage message={message} />
      <button type="submit" className="button" disabled={submitting}>
        {submitLabel}
      </button>
    </form>
  );
}
