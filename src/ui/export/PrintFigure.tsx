import { useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { PathwayFigure } from '../../core/figure/figureTypes.ts';
import type { FigureSource } from './figureInput.ts';
import { svgDataUrl } from './exportFiles.ts';

type Build = typeof import('../../core/figure/buildPathwayFigure.ts').buildPathwayFigure;

/**
 * What prints in place of the live map: the board-paper figure of the current view (A4 landscape, with
 * its key, the view's filters in its notes, and small counts suppressed), so that a printed map is as
 * safe to hand round as an exported one. The figure engine loads once the page is idle; the figure is
 * made when printing starts (`beforeprint`, or the print media query), so the screen pays nothing.
 */
export function PrintFigure({ source }: { source: FigureSource | null }): ReactNode {
  const build = useRef<Build | null>(null);
  const sourceRef = useRef(source);
  const [figure, setFigure] = useState<PathwayFigure | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    sourceRef.current = source;
  }, [source]);
  useEffect(() => {
    let live = true;
    const load = () => {
      void import('../../core/figure/buildPathwayFigure.ts').then((m) => {
        if (!live) return;
        build.current = m.buildPathwayFigure;
        setReady(true);
      });
    };
    const idle = window.setTimeout(load, 1000);
    const make = () => {
      const s = sourceRef.current;
      if (!build.current || !s) return;
      const f = build.current({ ...s, size: 'a4-landscape', disclosure: { suppress: true, roundTo: 0 } });
      flushSync(() => {
        setFigure(f);
      });
    };
    const print = window.matchMedia('print');
    const onMedia = (e: MediaQueryListEvent) => {
      if (e.matches) make();
    };
    window.addEventListener('beforeprint', make);
    print.addEventListener('change', onMedia);
    return () => {
      live = false;
      window.clearTimeout(idle);
      window.removeEventListener('beforeprint', make);
      print.removeEventListener('change', onMedia);
    };
  }, []);
  // Once the engine is loaded, printing draws the figure at once (a marker for scripts and tests).
  if (!figure) return ready ? <span hidden data-testid="print-ready" /> : null;
  return (
    <img
      className="print-figure"
      src={svgDataUrl(figure.svg)}
      alt={figure.altText}
      data-testid="print-figure"
    />
  );
}
