import '@xyflow/react/dist/style.css';
import '../../src/ui/styles.css';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import coventryJson from '../../pathway-data/coventry/pathway.json';
import type { CohortSummary } from '../../src/core/analysis/summariseAnalysis.ts';
import { ViewAnalyser } from '../../src/core/analysis/viewAnalyser.ts';
import { DEFAULT_PARAMETERS } from '../../src/core/analysis/parameters.ts';
import { importCohort } from '../../src/core/cohort/importCohort.ts';
import type { Cohort } from '../../src/core/cohort/types.ts';
import { discoverPathway } from '../../src/core/discover/discoverPathway.ts';
import { generateCohortCsv } from '../../src/core/generate/generateCohortCsv.ts';
import { generateLogCsv } from '../../src/core/generate/generateLogCsv.ts';
import { loadPathway } from '../../src/core/pathway/loadedPathway.ts';
import type { Pathway } from '../../src/core/pathway/types.ts';
import { validatePathway } from '../../src/core/pathway/validatePathway.ts';
import { PathwayMap } from '../../src/ui/map/PathwayMap.tsx';
import { ViewStoreProvider } from '../../src/ui/state/ViewStore.tsx';

/**
 * The map at real volumes in Chromium at 1280×800, read from the element boxes the browser laid out:
 * no label (a move's count, "off pathway", a route's name) on a service box or on another label, and
 * no service name cut (its text no larger than its box). For the Coventry pathway with 5,000 generated
 * journeys, and for a 40-service pathway discovered from a generated log (`pathway-lens discover`).
 */

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

const overlap = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

function summaryOf(pathway: Pathway, cohort: Cohort): CohortSummary {
  const analyser = new ViewAnalyser(loadPathway(pathway), cohort);
  return analyser.analyse({
    parameters: DEFAULT_PARAMETERS,
    filter: {},
    focus: null,
    throughService: null,
    timings: false,
    variantLimit: 10,
  }).overlay.summary;
}

function coventryAt(journeys: number): { pathway: Pathway; summary: CohortSummary } {
  const parsed = validatePathway(coventryJson);
  if (!parsed.ok) throw new Error('the Coventry pathway is invalid');
  const pathway = parsed.value;
  const text = [...generateCohortCsv(pathway, { journeys, seed: 1 })].join('');
  const cohort = importCohort(`generated-${String(journeys)}.csv`, text, pathway);
  if (!cohort.ok) throw new Error('the generated cohort was refused');
  return { pathway, summary: summaryOf(pathway, cohort.value) };
}

function discovered(): { pathway: Pathway; summary: CohortSummary } {
  const found = discoverPathway('forty-services.csv', generateLogCsv({ journeys: 2000, seed: 7 }));
  if (!found.ok) throw new Error(found.problems.map((p) => p.message).join('\n'));
  return { pathway: found.value.pathway, summary: summaryOf(found.value.pathway, found.value.cohort) };
}

let root: Root | null = null;
let host: HTMLElement | null = null;
afterEach(() => {
  root?.unmount();
  host?.remove();
  root = null;
  host = null;
});

/** Renders the map filling a 1280×800 window and waits until every service is drawn and fitted. */
async function renderMap(pathway: Pathway, summary: CohortSummary): Promise<HTMLElement> {
  await page.viewport(1280, 800);
  const el = document.createElement('div');
  el.style.cssText = 'position:fixed;inset:0;width:1280px;height:800px';
  document.body.append(el);
  host = el;
  root = createRoot(el);
  root.render(
    <ViewStoreProvider>
      <div style={{ width: 1280, height: 800 }}>
        <PathwayMap pathway={pathway} summary={summary} mode="frequency" route={null} />
      </div>
    </ViewStoreProvider>,
  );
  await expect
    .poll(() => el.querySelectorAll('.react-flow__node-service .service-node__label').length, {
      timeout: 20_000,
    })
    .toBe(pathway.services.length);
  // The viewport is fitted (a transform other than the identity) and the labels are placed.
  await expect
    .poll(() => el.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '', {
      timeout: 10_000,
    })
    .toMatch(/scale\((?!1\))/);
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return el;
}

/** What overlaps and what is cut, by name, from the boxes the browser laid out. */
function problems(el: HTMLElement): { overlaps: string[]; cut: string[]; labels: number } {
  const nodes = [...el.querySelectorAll<HTMLElement>('.react-flow__node-service')].map((n) => ({
    name: n.dataset.id ?? '?',
    box: n.getBoundingClientRect(),
  }));
  const labels = [...el.querySelectorAll<HTMLElement>('.map-label')].map((l) => ({
    name: `label "${l.textContent}" (${l.dataset.edge ?? '?'})`,
    box: l.getBoundingClientRect(),
  }));
  const overlaps: string[] = [];
  labels.forEach((l, i) => {
    for (const n of nodes) if (overlap(l.box, n.box)) overlaps.push(`${l.name} on service ${n.name}`);
    for (const m of labels.slice(i + 1)) if (overlap(l.box, m.box)) overlaps.push(`${l.name} on ${m.name}`);
  });
  const cut: string[] = [];
  for (const n of el.querySelectorAll<HTMLElement>('.react-flow__node-service')) {
    // The name's box and each of its lines (the node's own box has its handles on its edges).
    const parts = [n.querySelector<HTMLElement>('.service-node__label')];
    for (const p of parts) {
      if (!p) continue;
      if (p.scrollWidth > p.clientWidth + 1 || p.scrollHeight > p.clientHeight + 1)
        cut.push(
          `${n.dataset.id ?? '?'}: ${p.className} ${String(p.scrollWidth)}×${String(p.scrollHeight)} in ${String(p.clientWidth)}×${String(p.clientHeight)}`,
        );
    }
    for (const line of n.querySelectorAll<HTMLElement>('.service-node__line'))
      if (line.scrollWidth > line.clientWidth + 1)
        cut.push(`${n.dataset.id ?? '?'}: line "${line.textContent}"`);
  }
  return { overlaps, cut, labels: labels.length };
}

describe('the map at real volumes, 1280×800', () => {
  it('Coventry with 5,000 generated journeys: no label on a box or a label, no name cut', async () => {
    const { pathway, summary } = coventryAt(5000);
    expect(summary.journeys).toBe(5000);
    const el = await renderMap(pathway, summary);
    const found = problems(el);
    expect(found.labels).toBeGreaterThan(0);
    expect(found.overlaps).toEqual([]);
    expect(found.cut).toEqual([]);
    // The full names are drawn, word for word.
    for (const s of pathway.services) {
      const lines = [...el.querySelectorAll(`[data-id="${s.id}"] .service-node__line`)].map(
        (l) => l.textContent,
      );
      // (A first line left empty beside a badge too wide for the first word is no part of the name.)
      expect(lines.filter((l) => l !== '').join(' ')).toBe(s.label);
    }
  }, 60_000);

  it('a 40-service pathway discovered from a log: no label on a box or a label, no name cut', async () => {
    const { pathway, summary } = discovered();
    expect(pathway.services).toHaveLength(40);
    const el = await renderMap(pathway, summary);
    const found = problems(el);
    expect(found.overlaps).toEqual([]);
    expect(found.cut).toEqual([]);
  }, 60_000);

  it('the check can fail: a label moved onto a service box, and a name squeezed, are caught', async () => {
    const { pathway, summary } = coventryAt(300);
    const el = await renderMap(pathway, summary);
    const label = el.querySelector<HTMLElement>('.map-label');
    const node = el.querySelector<HTMLElement>('.react-flow__node-service');
    const name = node?.querySelector<HTMLElement>('.service-node__label');
    if (!label || !node || !name) throw new Error('no label or no service drawn');
    const at = node.getBoundingClientRect();
    label.style.position = 'fixed';
    label.style.transform = 'none';
    label.style.left = `${String(at.left + 2)}px`;
    label.style.top = `${String(at.top + 2)}px`;
    name.style.width = '20px';
    name.style.overflow = 'hidden';
    const found = problems(el);
    expect(found.overlaps.some((o) => o.includes(`on service ${node.dataset.id ?? ''}`))).toBe(true);
    expect(found.cut.length).toBeGreaterThan(0);
  }, 60_000);
});
