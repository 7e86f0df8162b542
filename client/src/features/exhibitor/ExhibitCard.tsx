import type { Exhibit } from '@pavilion/shared';
import { type ReactNode, useState } from 'react';
import { ExhibitOptions } from '../../app/ui/Options';

/**
 * A console card that works on one of the booth's exhibits at a time: a picker of those it applies to (the first
 * until another is picked), then what `children` makes of the picked one; `none` when none applies.
 */
export function ExhibitCard({
  id,
  title,
  none,
  pickLabel,
  exhibits,
  testId,
  children,
}: {
  id: string;
  title: string;
  none: string;
  pickLabel: string;
  exhibits: readonly Exhibit[];
  testId?: string;
  children: (exhibit: Exhibit) => ReactNode;
}) {
  const [exhibitId, setExhibitId] = useState('');
  const exhibit = exhibits.find((e) => e.id === exhibitId) ?? exhibits[0];
  return (
    <section className="card console-grid__wide" aria-labelledby={id} data-testid={testId}>
      <h2 id={id}>{title}</h2>
      {exhibit === undefined ? (
        <p className="muted">{none}</p>
      ) : (
        <>
          <label className="field">
            <span>{pickLabel}</span>
            <select value={exhibit.id} onChange={(e) => setExhibitId(e.target.value)}>
              <ExhibitOptions exhibits={exhibits} />
            </select>
          </label>
          {children(exhibit)}
        </>
      )}
    </section>
  );
}
