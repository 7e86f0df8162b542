/** A form field's error, referenced by the field's `aria-describedby`; nothing when there is no error. */
export function FieldError({ id, text }: { id: string; text: string | null }) {
  if (!text) return null;
  return (
    <p className="field-error" id={id}>
      {text}
    </p>
  );
}
