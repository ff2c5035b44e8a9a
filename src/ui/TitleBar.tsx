import type { ReactNode } from 'react';
import type { Pathway } from '../core/pathway/types.ts';

/** The pathway's title, area and where it was described (one line; the side panel has the full source). */
export function TitleBar({ pathway }: { pathway: Pathway }): ReactNode {
  return (
    <header className="title-bar">
      <div className="title-bar__brand" aria-hidden="true">
        Pathway Lens
      </div>
      <h1 className="title-bar__title">{pathway.title}</h1>
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
    </header>
  );
}
