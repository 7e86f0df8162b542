/**
 * A drop-down of fixed choices, each shown by `label`. With `anyLabel` its first option is the empty value,
 * meaning "no filter".
 */
export function ChoiceSelect<T extends string>({
  id,
  value,
  choices,
  label,
  anyLabel,
  onChange,
}: {
  id: string;
  value: T | '';
  choices: readonly T[];
  label: (choice: T) => string;
  anyLabel?: string;
  onChange: (value: T | '') => void;
}) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value as T | '')}>
      {anyLabel !== undefined && <option value="">{anyLabel}</option>}
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {label(choice)}
        </option>
      ))}
    </select>
  );
}
