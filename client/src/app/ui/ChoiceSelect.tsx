import { Options } from './Options';

/**
 * A drop-down of fixed choices, each shown by `label`. With `anyLabel` its first option is the empty value,
 * meaning "no filter". Inside a {@link Field}, which gives it its id and label.
 */
export function ChoiceSelect<T extends string>({
  id,
  value,
  choices,
  label,
  anyLabel,
  onChange,
  ...aria
}: {
  id?: string;
  value: T | '';
  choices: readonly T[];
  label: (choice: T) => string;
  anyLabel?: string;
  onChange: (value: T | '') => void;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value as T | '')} {...aria}>
      {anyLabel !== undefined && <option value="">{anyLabel}</option>}
      <Options choices={choices} label={label} />
    </select>
  );
}
