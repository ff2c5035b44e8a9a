import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discoverPathway } from '../../../src/core/discover/discoverPathway.ts';
import { generateLogCsv } from '../../../src/core/generate/generateLogCsv.ts';
import { textWidth } from '../../../src/core/text/textMetrics.ts';
import type { LayoutMetrics } from '../../../src/core/layout/layoutTypes.ts';
import { pathwayLayout } from '../../../src/core/layout/pathwayLayout.ts';
import { placeLabels } from '../../../src/core/layout/placeLabels.ts';
import { serviceSlots } from '../../../src/core/pathway/serviceSlots.ts';
import type { LevelId, Pathway, ServiceId } from '../../../src/core/pathway/types.ts';
import { readPathway } from '../helpers.ts';
import { arbitraryPathway } from '../pathwayArbitrary.ts';
import { checkLayout, rectsOverlap } from './layoutChecks.ts';

const metrics: LayoutMetrics = {
  measure: textWidth,
  nameSize: 14,
  laneSize: 14,
  leading: 1.2,
  boxWidth: 176,
  padX: 13,
  padY: 8,
  nameInset: 22,
  infoHeight: 42,
  minBoxHeight: 66,
  lanePad: 7,
  pitch: 7,
  minChannel: 26,
  laneGap: 6,
  corner: 4,
};

const specsOf = (p: Pathway) => p.routes.map((r, i) => ({ id: `r${String(i)}`, from: r.from, to: r.to }));
const coventry = readPathway('pathway-data/coventry/pathway.json');

/** A pathway of `n` services in five levels, with routes among them as a discovered draft has. */
function discoveredLike(n: number, seed: number): Pathway {
  let s = seed;
  const random = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const levels = ['start', 'early', 'mid', 'late', 'end'].map((id) => ({
    id: id as LevelId,
    label: `Where journeys ${id}`,
  }));
  const services = Array.from({ length: n }, (_, i) => ({
    id: `s${String(i)}` as ServiceId,
    label: `Service number ${String(i)} of the discovered pathway`,
    level: levels[Math.min(4, Math.floor(random() * 5))]?.id as LevelId,
    agency: '',
    tags: [],
    description: '',
  }));
  const routes = Array.from({ length: 3 * n }, () => ({
    from: services[Math.floor(random() * n)]?.id as ServiceId,
    to: services[Math.floor(random() * n)]?.id as ServiceId,
  }));
  return {
    id: 'd',
    title: 'D',
    area: 'A',
    source: 'log.csv',
    version: '0.1.0-draft',
    levels,
    services,
    routes,
    concerns: [],
  };
}

describe('pathwayLayout', () => {
  it('lays Coventry out as lanes, routes every line through the channels and never under a box', () => {
    const layout = pathwayLayout(coventry, specsOf(coventry), metrics);
    checkLayout(layout);
    expect(layout.lanes.map((l) => l.id)).toEqual(coventry.levels.map((l) => l.id));
    for (const [i, r] of coventry.routes.entries()) {
      if (r.from !== r.to) expect(layout.edges.get(`r${String(i)}`)).toBeDefined();
    }
    // The author's column hints are kept as the order in each lane.
    const rowOf = (id: string) => layout.boxes.get(id)?.row;
    expect(['school', 'school_nurse', 'gp', 'vcs', 'digital', 'police'].map(rowOf)).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
    // Rows line up across lanes.
    expect(layout.boxes.get('school')?.y).toBe(layout.boxes.get('early_help')?.y);
  });

  it('wraps every name in full inside its box, the box growing with it', () => {
    const layout = pathwayLayout(coventry, specsOf(coventry), metrics);
    for (const s of coventry.services) {
      const box = layout.boxes.get(s.id);
      if (!box) throw new Error(s.id);
      expect(box.nameLines.join(' ').replace(/\s+/g, ' ').trim()).toBe(s.label);
      for (const line of box.nameLines)
        expect(textWidth(line, metrics.nameSize, true)).toBeLessThanOrEqual(
          box.width - 2 * metrics.padX + 0.01,
        );
      expect(box.height).toBeGreaterThanOrEqual(
        2 * metrics.padY +
          box.nameLines.length * metrics.nameSize * metrics.leading +
          metrics.infoHeight -
          0.01,
      );
    }
    // No word is broken: the boxes are as wide as the longest word needs.
    const neuro = layout.boxes.get('neurodevelopmental');
    expect(neuro?.nameLines.some((l) => l.endsWith('-'))).toBe(false);
  });

  it('is deterministic', () => {
    const specs = specsOf(coventry);
    const a = pathwayLayout(coventry, specs, metrics);
    const b = pathwayLayout(coventry, specs, metrics);
    expect(b).toEqual(a);
    const placements = (l: typeof a) => [...l.boxes.values()].map((x) => [x.id, x.x, x.y, x.width, x.height]);
    expect(placements(a)).toMatchSnapshot();
    expect([...new Set(a.edges.values())].map((e) => `${e.from}>${e.to}: ${e.path}`)).toMatchSnapshot();
  });

  it('gives a second group between the same services a line of its own', () => {
    const specs = [...specsOf(coventry), { id: 'whatif', from: 'school', to: 'mhst', group: 'whatif' }];
    const layout = pathwayLayout(coventry, specs, metrics);
    const route = layout.edges.get(
      `r${String(coventry.routes.findIndex((r) => r.from === 'school' && r.to === 'mhst'))}`,
    );
    expect(layout.edges.get('whatif')?.path).not.toBe(route?.path);
    checkLayout(layout);
  });

  it('holds for any pathway (property)', () => {
    fc.assert(
      fc.property(arbitraryPathway, (pathway) => {
        checkLayout(pathwayLayout(pathway, specsOf(pathway), metrics));
      }),
      { seed: 20250113, numRuns: 200 },
    );
  });

  it('lays out a 40-service draft discovered from a generated log (pathway-lens discover), keeping every rule', () => {
    const text = generateLogCsv({ journeys: 2000, seed: 7 });
    // The same seed gives the same log.
    expect(generateLogCsv({ journeys: 2000, seed: 7 })).toBe(text);
    const found = discoverPathway('forty-services.csv', text, {});
    if (!found.ok) throw new Error(found.problems.map((p) => p.message).join('\n'));
    const pathway = found.value.pathway;
    expect(pathway.services).toHaveLength(40);
    const layout = pathwayLayout(pathway, specsOf(pathway), metrics);
    checkLayout(layout);
    expect(layout.boxes.size).toBe(40);
  });

  it('splits a crowded lane of a 40-service pathway into columns and still keeps every rule', () => {
    const pathway = discoveredLike(40, 7);
    const { laneColumns } = serviceSlots(pathway);
    const layout = pathwayLayout(pathway, specsOf(pathway), metrics);
    checkLayout(layout);
    expect(laneColumns.some((l) => l.count > 1)).toBe(true);
    expect(layout.width / layout.height).toBeGreaterThan(0.8);
  });
});

describe('placeLabels', () => {
  it('puts no label on a box, a lane name or another label, and leaves out what does not fit', () => {
    const layout = pathwayLayout(coventry, specsOf(coventry), metrics);
    const labels = [...layout.edges.keys()].map((edge) => ({ id: edge, edge, width: 70, height: 22 }));
    const placed = placeLabels(layout, labels);
    expect(placed.size).toBeGreaterThan(10);
    expect(placed.size).toBeLessThan(labels.length + 1);
    const rects = [...placed.values()];
    for (const r of rects) {
      expect(r.y).toBeGreaterThanOrEqual(layout.header);
      expect(r.x + r.width).toBeLessThanOrEqual(layout.width);
      for (const b of layout.boxes.values()) expect(rectsOverlap(r, b)).toBe(false);
    }
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++) expect(rectsOverlap(rects[i]!, rects[j]!)).toBe(false);
    // Deterministic, and the most important labels (first) are placed first.
    expect(placeLabels(layout, labels)).toEqual(placed);
    expect(placed.has(labels[0]!.id)).toBe(true);
  });
});
