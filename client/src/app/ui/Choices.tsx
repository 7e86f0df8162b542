import type { UseFormRegisterReturn } from 'react-hook-form';

/** Radio buttons in a row for one form field, each shown by `label`; the picked one is marked (`choice--on`). */
export function RadioRow<T extends string>({
  choices,
  picked,
  label,
  field,
}: {
  choices: readonly T[];
  picked: string | undefined;
  label: (choice: T) => string;
  /** The field's registration (`register(name, options)`), shared by its buttons. */
  field: UseFormRegisterReturn;
}) {
  return (
    <div className="choice-row">
      {choices.map((choice) => (
        <label key={choice} className={choice === picked ? 'choice choice--on' : 'choice'}>
          <input type="radio" value={choice} {...field} />
          <span>{label(choice)}</span>
        </label>
      ))}
    </div>
  );
}

/** A check box per choice for one form field that holds a list of them, each shown by `label`. */
export function CheckboxList<T extends string>({
  choices,
  label,
  field,
}: {
  choices: readonly T[];
  label: (choice: T) => string;
  /** The field's registration (`register(name)`), shared by its boxes. */
  field: UseFormRegisterReturn;
}) {
  return choices.map((choice) => (
    <label key={choice} className="checkbox">
      <input type="checkbox" value={choice} {...field} />
      <span>{label(choice)}</span>
    </label>
  ));
}
