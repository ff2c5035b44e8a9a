import { useEffect, useMemo, type ReactNode } from 'react';
import shippedCohort from '../../../pathway-data/coventry/cohort.csv?raw';
import { formatProblem } from '../../core/problems.ts';
import { loadBundledPathway } from '../data/bundledPathways.ts';
import { svgDataUrl } from '../export/exportFiles.ts';
import { useHash } from '../state/hashRouter.ts';
import { embedFigure, loadEmbedData } from './embedFigure.ts';
import { parseEmbedHash } from '../export/embedLink.ts';
import './embed.css';

/**
 * The embed (`#/embed?W=28&H=365&size=a4-landscape&title=…`): the board-paper figure of the built-in
 * pathway and its synthetic cohort, alone and read-only, for an iframe on an intranet page. Suppression
 * of small counts is always on here; the link chooses W, H, the filters, the page and the title only.
 */
export function EmbedApp(): ReactNode {
  const hash = useHash();
  const link = useMemo(() => parseEmbedHash(hash), [hash]);
  const data = useMemo(() => {
    const pathway = loadBundledPathway();
    return pathway.ok ? loadEmbedData(pathway.value, shippedCohort) : pathway;
  }, []);
  const figure = useMemo(() => (data.ok ? embedFigure(data.value, link) : null), [data, link]);
  const title = figure?.metadata.title;
  useEffect(() => {
    if (title) document.title = `${title} — Pathway Lens`;
  }, [title]);

  if (!data.ok || !figure) {
    return (
      <main className="embed embed--error">
        <h1>The figure could not be drawn</h1>
        <ul>{data.ok ? null : data.problems.map((p, i) => <li key={i}>{formatProblem(p)}</li>)}</ul>
      </main>
    );
  }
  return (
    <main className={`embed embed--${link.size}`} data-testid="embed">
      {/* The page's heading: the figure's own title (the image carries it too, drawn). */}
      <h1 className="visually-hidden">{figure.metadata.title}</h1>
      <img
        className="embed__figure"
        src={svgDataUrl(figure.svg)}
        alt={figure.altText}
        data-testid="embed-figure"
        width={figure.widthMm * 4}
        height={figure.heightMm * 4}
      />
    </main>
  );
}

export default EmbedApp;
