import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useElementSize } from '../common/useElementSize.ts';
import shippedCohort from '../../../pathway-data/coventry/cohort.csv?raw';
import { formatProblem } from '../../core/problems.ts';
import { loadBundledPathway } from '../data/bundledPathways.ts';
import { svgDataUrl } from '../export/exportFiles.ts';
import { useHash } from '../state/hashRouter.ts';
import { embedFigure, embedFilterProblems, loadEmbedData } from './embedFigure.ts';
import { embedLinkProblems, parseEmbedHash } from '../export/embedLink.ts';
import './embed.css';

/** Frames narrower than this (CSS pixels) get the column layout. */
const NARROW = 760;

/**
 * The embed (`#/embed?W=28&H=365&size=a4-landscape&title=…`): the board-paper figure of the built-in
 * pathway and its synthetic cohort, alone and read-only, for an iframe on an intranet page. Suppression
 * of small counts is always on here; the link chooses W, H, the filters, the page and the title only.
 */
export function EmbedApp(): ReactNode {
  const hash = useHash();
  const frame = useRef<HTMLElement>(null);
  // In a frame narrower than this the A4 page would set 8 pt type at under 9 px: the column layout
  // (150 mm wide, as tall as it needs) keeps it at 11 px and more down to a 600 px column.
  const width = useElementSize(frame, 'width', window.innerWidth);
  const narrow = width < NARROW;
  const link = useMemo(() => {
    const parsed = parseEmbedHash(hash);
    return narrow ? { ...parsed, size: 'column' as const } : parsed;
  }, [hash, narrow]);
  const data = useMemo(() => {
    const pathway = loadBundledPathway();
    return pathway.ok ? loadEmbedData(pathway.value, shippedCohort) : pathway;
  }, []);
  // A link with a value the embed cannot read says so rather than draw something it did not ask for.
  const problems = useMemo(
    () => [...embedLinkProblems(hash), ...(data.ok ? embedFilterProblems(data.value, link) : [])],
    [hash, data, link],
  );
  const figure = useMemo(
    () => (data.ok && problems.length === 0 ? embedFigure(data.value, link) : null),
    [data, link, problems],
  );
  const title = figure?.metadata.title;
  useEffect(() => {
    if (title) document.title = `${title} — Pathway Lens`;
  }, [title]);

  if (!data.ok || !figure) {
    return (
      <main ref={frame} className="embed embed--error" data-testid="embed-error">
        <h1>The figure could not be drawn</h1>
        {problems.length > 0 ? <p>This embed link has a value the figure cannot use:</p> : null}
        <ul>
          {data.ok ? null : data.problems.map((p, i) => <li key={i}>{formatProblem(p)}</li>)}
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        {problems.length > 0 ? (
          <p>Make the snippet again from Export figure → Embed in Pathway Lens, or correct the link.</p>
        ) : null}
      </main>
    );
  }
  return (
    <main
      ref={frame}
      className={`embed embed--${link.size}`}
      data-testid="embed"
      // The column scrolls: keyboard users reach it to scroll it.
      tabIndex={link.size === 'column' ? 0 : undefined}
      aria-label={link.size === 'column' ? figure.metadata.title : undefined}
    >
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
