import type { ReactNode } from 'react';

/** A top-level page: its heading (the section's name) and a line saying what it is for, then its content. */
export function Page({
  className,
  titleId,
  title,
  intro,
  children,
}: {
  className: string;
  titleId: string;
  title: string;
  intro: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className={`page ${className}`} aria-labelledby={titleId}>
      <header className="page-header">
        <h1 id={titleId}>{title}</h1>
        <p className="muted">{intro}</p>
      </header>
      {children}
    </section>
  );
}
