import type { ReactNode } from 'react';

/** One fact of a description list: its term and its value (`valueClass` styles the value: `mono` for numbers and codes). */
export function Fact({ term, valueClass, children }: { term: ReactNode; valueClass?: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd className={valueClass}>{children}</dd>
    </div>
  );
}
