import { type FormEvent, type InputHTMLAttributes, type ReactNode, useId } from 'react';

/**
 * A search form named `label`: the search box (labelled the same, for screen readers only), anything that narrows
 * the search (`children`), and the submit button. The other props go to the box.
 */
export function SearchForm({
  label,
  className,
  onSubmit,
  submitLabel,
  submitClassName = 'button button--small',
  children,
  ...box
}: {
  label: string;
  className: string;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  submitLabel: string;
  submitClassName?: string;
  children?: ReactNode;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'className' | 'onSubmit' | 'children'>) {
  const id = useId();
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is not yet announced by every screen reader; the role is
    <form role="search" onSubmit={onSubmit} className={className} aria-label={label}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input id={id} type="search" {...box} />
      {children}
      <button type="submit" className={submitClassName}>
        {submitLabel}
      </button>
    </form>
  );
}
