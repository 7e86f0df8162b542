import type { ReactNode } from 'react';

/**
 * The `<option>`s of a select, one per choice: valued by `value` (the choice itself for a string) and shown by
 * `label`.
 */
export function Options<T>({
  choices,
  value = String,
  label,
}: {
  choices: readonly T[];
  value?: (choice: T) => string;
  label: (choice: T) => ReactNode;
}) {
  return choices.map((choice) => (
    <option key={value(choice)} value={value(choice)}>
      {label(choice)}
    </option>
  ));
}

/** A picker's exhibits, each valued by its id and shown by its title and registration number. */
export function ExhibitOptions({ exhibits }: { exhibits: readonly { id: string; title: string; registrationNumber: string }[] }) {
  return <Options choices={exhibits} value={(e) => e.id} label={(e) => `${e.title} · ${e.registrationNumber}`} />;
}
