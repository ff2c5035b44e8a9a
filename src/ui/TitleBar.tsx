import type { ReactNode } from 'react';
import type { Pathway } from '../core/pathway/types.ts';

/** The pathway's title, area and where it was described (one line; the side panel has the full source), and the cohort. */
export function TitleBar({ pathway, children }: { pathway: Pathway; children?: ReactNode }): ReactNode {
  return (
    <header className={children ? 'title-bar title-bar--cohort' : 'title-bar'}>
      <div className="title-bar__brand" aria-hidden="true">
        Pathway Lens
      </div>
      <h1 className="title-bar__title" title={pathway.title}>
        {pathway.title}
      </h1>
      <p className="title-bar__meta" title={pathway.source}>
        <span>{pathway.area}</span>
        <span aria-hidden="true"> · </span>
        <span>
          Source:{' '}
          {pathway.sourceUrl ? (
            <a href={pathway.sourceUrl} rel="noreferrer" target="_blank">
              {pathway.source}
            </a>
          ) : (
            pathway.source
          )}
        </span>
      </p>
      <nav className="title-bar__nav" aria-label="Screens">
        <a href="#/trainer">Trainer</a>
      </nav>
      {children ? <div className="title-bar__cohort">{children}</div> : null}
    </header>
  );
}
