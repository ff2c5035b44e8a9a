import { describe, expect, it } from 'vitest';
import {
  cohortWords,
  copyStatus,
  formatCell,
  pathwayTableSections,
  sectionsToTsv,
  servicesInMapOrder,
} from '../../../src/ui/table/pathwayTableModel.ts';
import { coventryFixture } from '../../../src/ui/testing/cohortFixture.ts';
import { disclose } from '../../../src/core/disclosure/disclose.ts';

const { pathway, summary } = coventryFixture;

describe('pathwayTableSections without a cohort', () => {
  const sections = pathwayTableSections(pathway, null, false, null);

  it('describes the pathway only: services and routes', () => {
    expect(sections.map((s) => s.id)).toEqual(['services', 'routes']);
    const [services, routes] = sections;
    expect(services?.columns.map((c) => c.label)).toEqual(['Service', 'Agency', 'Level', 'Tags']);
    expect(services?.rows[0]).toEqual([
      'School',
      'Education',
      'Universal (community)',
      'early intervention, education',
    ]);
    expect(services?.rows.length).toBe(pathway.services.length);
    expect(routes?.rows.length).toBe(pathway.routes.length);
    expect(services?.caption).toBe('Services by level (no cohort loaded)');
  });

  it('orders services as the map does: by level', () => {
    const levels = servicesInMapOrder(pathway).map((s) => pathway.levels.findIndex((l) => l.id === s.level));
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
  });
});

describe('pathwayTableSections with the synthetic cohort', () => {
  const sections = pathwayTableSections(pathway, summary, true, 'Coventry synthetic cohort');

  it('adds journeys, missed points and waits to services', () => {
    const services = sections[0]!;
    expect(services.columns.map((c) => c.label).slice(4)).toEqual([
      'Journeys',
      'Missed points',
      'Median wait (days)',
    ]);
    const row = (label: string) => services.rows.find((r) => r[0] === label)?.slice(4);
    expect(row('School')).toEqual([7, 11, null]);
    expect(row('Rise community CAMHS')).toEqual([7, 0, 84]);
    expect(row('Tier 4 inpatient unit')).toEqual([1, 0, null]);
  });

  it('says the cohort is synthetic in every caption', () => {
    for (const s of sections) expect(s.caption).toContain('synthetic: invented journeys, not real children');
    expect(cohortWords(null, false)).toBe('the loaded cohort');
  });

  it('lists every observed move, off-pathway ones marked in words', () => {
    const moves = sections.find((s) => s.id === 'moves')!;
    expect(moves.rows.length).toBe(summary.transitions.length);
    expect(moves.rows[0]).toEqual([
      'Emergency department (UHCW)',
      'CAMHS acute liaison team',
      8,
      9,
      'On pathway',
      0,
    ]);
    expect(moves.rows.filter((r) => r[4] === 'Off pathway').map((r) => [r[0], r[1]])).toEqual([
      ['Neurodevelopmental (ASD/ADHD) assessment', 'School'],
      ['School', 'Emergency department (UHCW)'],
      ['Coventry & Warwickshire Mind and voluntary sector', 'Police'],
    ]);
  });

  it('lists the routes nobody took, each pair once', () => {
    const unused = sections.find((s) => s.id === 'unused-routes')!;
    const taken = new Set(summary.transitions.filter((t) => t.onPathway).map((t) => `${t.from}>${t.to}`));
    const pairs = new Set(pathway.routes.map((r) => `${r.from}>${r.to}`));
    expect(unused.rows.length).toBe([...pairs].filter((p) => !taken.has(p)).length);
    expect(unused.rows.length).toBeGreaterThan(0);
  });

  it('reports the acute liaison 48-hour target', () => {
    const targets = sections.find((s) => s.id === 'targets')!;
    expect(targets.rows).toEqual([
      ['CAMHS acute liaison team', 'Assessed within 48 hours of referral', 10, 9, 2],
    ]);
  });

  it('copies as tab-separated text, with empty cells for no value', () => {
    const text = sectionsToTsv('Title', sections);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Title');
    expect(lines).toContain('Service\tAgency\tLevel\tTags\tJourneys\tMissed points\tMedian wait (days)');
    expect(lines).toContain(
      'School\tEducation\tUniversal (community)\tearly intervention, education\t7\t11\t',
    );
    for (const l of lines) expect(l).not.toMatch(/\r/);
    expect(copyStatus('copied', sections)).toMatch(/^Copied 4 tables \(\d+ rows\) as tab-separated text\./);
    expect(copyStatus('selected', sections)).toContain('press Ctrl+C');
  });

  it('keeps tabs and line breaks inside a cell from breaking the text', () => {
    const text = sectionsToTsv('A\tB', [
      {
        id: 'routes',
        caption: 'c',
        columns: [{ label: 'x', numeric: false }],
        rows: [['one\ttwo\nthree']],
        empty: '',
      },
    ]);
    expect(text.split('\n')).toEqual(['A B', '', 'c', 'x', 'one two three', '']);
  });

  it('formats numbers: whole, or one decimal', () => {
    expect(formatCell(31.5)).toBe('31.5');
    expect(formatCell(2.25)).toBe('2.3');
    expect(formatCell(7)).toBe('7');
    expect(formatCell(null)).toBe('');
  });
});

describe('pathwayTableSections, publishable', () => {
  const d = disclose(summary, { suppress: true, roundTo: 0 }, { services: pathway.services });
  const sections = pathwayTableSections(pathway, summary, true, 'cohort.csv', d);
  const services = sections.find((s) => s.id === 'services');
  const moves = sections.find((s) => s.id === 'moves');

  it('shows every count as the figure does: no count from 1 to 4, "<5" and "≥5" instead', () => {
    const counts = [
      ...(services?.rows ?? []).flatMap((r) => r.slice(4, 6)),
      ...(moves?.rows ?? []).flatMap((r) => r.slice(2, 4)),
    ];
    expect(counts.filter((c) => typeof c === 'number' && c >= 1 && c <= 4)).toEqual([]);
    expect(counts).toContain('<5');
    // The school's 11 missed points would give away the GP's and the voluntary sector's "<5" (15 in all).
    const school = services?.rows.find((r) => r[0] === 'School');
    expect(school?.[5]).toBe('≥5');
    // A median of fewer than 5 moves is left out.
    for (const r of moves?.rows ?? []) if (r[2] === '<5') expect(r[5]).toBeNull();
    // The copied text is the same.
    const tsv = sectionsToTsv('T', sections);
    expect(tsv).toContain('≥5');
    expect(
      tsv.split('\n').some((line) => /\t[1-4]\t/.test(line) && !/On pathway|Off pathway/.test(line)),
    ).toBe(false);
  });

  it('without the switch, the raw counts (the check above can fail)', () => {
    const raw = pathwayTableSections(pathway, summary, true, 'cohort.csv');
    const counts = (raw.find((s) => s.id === 'services')?.rows ?? []).flatMap((r) => r.slice(4, 6));
    expect(counts.filter((c) => typeof c === 'number' && c >= 1 && c <= 4).length).toBeGreaterThan(0);
  });
});
