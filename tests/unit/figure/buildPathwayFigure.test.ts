import { describe, expect, it } from 'vitest';
import { UNSUPPRESSED_WARNING } from '../../../src/core/disclosure/disclosureSettings.ts';
import { buildPathwayFigure } from '../../../src/core/figure/buildPathwayFigure.ts';
import { readFigureMetadata } from '../../../src/core/figure/figureMetadata.ts';
import { validatePathway } from '../../../src/core/pathway/validatePathway.ts';
import type { Pathway } from '../../../src/core/pathway/types.ts';
import { analyse, coventry, coventryFigure } from './figureFixtures.ts';
import { expectSvgSnapshot } from './svgSnapshot.ts';
import { svgTextNodes, visibleText } from './svgText.ts';

/** The Coventry pathway with markup, a formula and CDATA/metadata breakers in its labels. */
function hostilePathway(): Pathway {
  const p = structuredClone(coventry) as unknown as {
    title: string;
    area: string;
    source: string;
    levels: { label: string }[];
    services: { id: string; label: string; agency: string }[];
  };
  p.title = 'Pathway <b>bold</b> & "quoted"';
  p.area = "Area ]]> </metadata> <svg onload='x'>";
  p.source = 'Source <!-- comment --> <![CDATA[ x ]]>';
  (p.levels[0] as { label: string }).label = 'Universal </text><script>alert(1)</script>';
  const school = p.services.find((s) => s.id === 'school') as { label: string; agency: string };
  school.label = '<script>alert("x")</script> School & Co';
  school.agency = '=HYPERLINK("http://example.invalid","click")';
  const r = validatePathway(p);
  if (!r.ok) throw new Error(r.problems.map((x) => x.message).join('\n'));
  return r.value;
}

describe('buildPathwayFigure: snapshots (tests/output)', () => {
  it('coventry-suppressed: A4 landscape, suppression on', () => {
    expectSvgSnapshot('coventry-suppressed', coventryFigure().svg);
  });

  it('coventry-unsuppressed: carries the warning', () => {
    const f = coventryFigure({ disclosure: { suppress: false, roundTo: 0 } });
    expect(visibleText(f.svg)).toContain(UNSUPPRESSED_WARNING);
    expect(f.altText).toContain('not for publication');
    expect(f.csv).toContain(UNSUPPRESSED_WARNING);
    expectSvgSnapshot('coventry-unsuppressed', f.svg);
  });

  it('coventry-portrait: A4 portrait', () => {
    const f = coventryFigure({ size: 'a4-portrait' });
    expect(f.svg).toMatch(/<svg [^>]*width="210mm" height="297mm" viewBox="0 0 210 297"/);
    expectSvgSnapshot('coventry-portrait', f.svg);
  });

  it('coventry-rounded: counts of 5 and over rounded to the nearest 5', () => {
    const f = coventryFigure({
      disclosure: { suppress: true, roundTo: 5 },
      title: 'Rounded to the nearest 5',
    });
    // Wrapped lines break at spaces: joined with spaces, they read as written.
    const text = visibleText(f.svg).join(' ');
    // School: 7 journeys → 5; emergency department: 9 → 10; school missed points: 11 → 10.
    expect(text).toMatch(/[^<]\b5 journeys/);
    expect(text).toContain('10 journeys');
    expect(text).not.toMatch(/\b[79] journeys/);
    expect(f.metadata.summary.missedPointsByService.school).toBe('10');
    expect(f.metadata.summary.missedPoints).toBe('15');
    expectSvgSnapshot('coventry-rounded', f.svg);
  });

  it('coventry-filtered: the data note names the filters, and the counts are the filtered journeys', () => {
    const f = coventryFigure({
      filter: { concerns: ['self_harm'], reachedCrisis: true },
      size: 'a4-portrait',
    });
    const text = visibleText(f.svg).join(' ');
    expect(text).toContain('Filters: concern: Self-harm; reached crisis: yes.');
    expect(f.metadata.filters).toEqual(['concern: Self-harm', 'reached crisis: yes']);
    expect(f.csv).toContain('Filters: concern: Self-harm; reached crisis: yes.');
    expectSvgSnapshot('coventry-filtered', f.svg);
  });

  it('coventry-time: the time view as its own figure', () => {
    const f = coventryFigure({ view: 'time' });
    const text = visibleText(f.svg).join(' ');
    expect(text).toContain('How long journeys took: Coventry and Warwickshire');
    expect(text).toMatch(/^How long journeys took[^]*Median 248\.5 days from first concern to crisis/);
    expect(text).not.toContain('Missed early-intervention points: a concern');
    expect(f.metadata.view).toBe('time');
    expectSvgSnapshot('coventry-time', f.svg);
  });

  it('hostile-labels: markup in labels stays text', () => {
    const f = coventryFigure({ pathway: hostilePathway(), title: 'Title <script>alert(2)</script>' });
    expect(f.svg).not.toMatch(/<script/i);
    expect(f.svg).not.toMatch(/<b>|<!--|<!\[CDATA|onload=/);
    expect(f.svg).toContain('&lt;script&gt;');
    // Well-formed XML whose text reads back as the labels were written.
    const nodes = svgTextNodes(f.svg);
    expect(nodes.some((n) => n.element === 'text' && n.text.includes('<script>alert("x")</script>'))).toBe(
      true,
    );
    expect(readFigureMetadata(f.svg)?.pathway.title).toBe('Pathway <b>bold</b> & "quoted"');
    expect(readFigureMetadata(f.svg)?.title).toBe('Title <script>alert(2)</script>');
    // The agency is a formula: the CSV cell is defused.
    expect(f.csv).toContain(`"'=HYPERLINK(""http://example.invalid"",""click"")"`);
    expectSvgSnapshot('hostile-labels', f.svg);
  });
});

describe('buildPathwayFigure: content', () => {
  const f = coventryFigure();
  // Wrapped lines break at spaces: joined with spaces, they read as written.
  const text = visibleText(f.svg).join(' ');

  it('is A4 landscape in millimetres, with a viewBox and a font stack that renders everywhere', () => {
    expect(f.svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" [^>]*width="297mm" height="210mm" viewBox="0 0 297 210"/,
    );
    expect(f.svg).toContain('font-family="DejaVu Sans, Arial, Helvetica, sans-serif"');
    expect(f.svg).not.toMatch(/@import|@font-face|<image|href="http/);
    expect([f.widthMm, f.heightMm]).toEqual([297, 210]);
  });

  it('has a title, subtitle, lanes, services, legend, caption, data note and disclosure note', () => {
    expect(text).toContain('Where early help was missed: Coventry and Warwickshire');
    expect(text).toContain(`${coventry.title} · version ${coventry.version}`);
    for (const l of coventry.levels) expect(text).toContain(l.label);
    expect(text).toContain('Key');
    expect(text).toMatch(/Missed early-intervention points: a concern at the service/);
    expect(text).toMatch(/Move off the expected pathway/);
    expect(text).toMatch(/Expected route that no journey took/);
    expect(text).toMatch(/The 19 services of the pathway in 5 levels/);
    expect(text).toMatch(/Data: cohort\.csv, January 2019 to July 2020; 10 journeys/);
    expect(text).toContain('SYNTHETIC DATA — not real children');
    expect(text).toMatch(/W = 28 days/);
    expect(text).toMatch(/H = 365 days/);
    expect(text).toMatch(/Disclosure control/);
  });

  it('marks missed points with a shape and a number, not colour alone', () => {
    const badges = svgTextNodes(f.svg).filter(
      (n) => n.path.some((p) => p.includes('.missed')) && n.element === 'text',
    );
    // School, GP and voluntary sector, then the key's sample. School's 11 is hidden ("≥5"): with the
    // total of 15 it would give away that GP and voluntary sector have 4 between them.
    expect(badges.map((b) => b.text)).toEqual(['≥5', '<5', '<5', '<5']);
    expect(f.svg.match(/<g class="missed"><rect [^>]*\/><path d="M[^"]+Z" fill="#ffffff"\/>/g)?.length).toBe(
      4,
    );
  });

  it('draws off-pathway moves dashed with a letter, and untaken routes faint', () => {
    expect(f.svg.match(/class="move off"/g)?.length).toBe(3);
    expect(f.svg).toMatch(/class="move off"><path [^>]*stroke-dasharray/);
    expect(f.svg.match(/class="move untaken"/g)?.length).toBeGreaterThan(10);
    expect(text).toMatch(
      /Moves off the expected pathway \(most journeys first\): A Neurodevelopmental \(ASD\/ADHD\) assessment → School: <5 journeys B School → Emergency department \(UHCW\)/,
    );
  });

  it('gives every "<5" line the same width, whatever the count', () => {
    const { summary } = analyse(coventry);
    const small = summary.transitions.filter((t) => t.journeys < 5).map((t) => `${t.from}>${t.to}`);
    const index = (id: string) => coventry.services.findIndex((s) => s.id === id);
    const widths = new Set(
      small.map((k) => {
        const [a, b] = k.split('>') as [string, string];
        const m = new RegExp(
          `id="move-${String(index(a))}-${String(index(b))}" [^>]*><path [^>]*stroke-width="([\\d.]+)"`,
        ).exec(f.svg);
        return m?.[1];
      }),
    );
    expect([...widths]).toHaveLength(1);
    expect([...widths][0]).toBeDefined();
  });

  it('is the same, byte for byte, for the same input', () => {
    expect(coventryFigure().svg).toBe(f.svg);
    expect(coventryFigure().csv).toBe(f.csv);
  });

  it('has alt text of a few sentences with the key numbers', () => {
    expect(f.altText).toMatch(/^Where early help was missed: Coventry and Warwickshire\. A map of the/);
    // The part is hidden ("all but <5" of 10), so the headline says what stays true: in 10 journeys.
    expect(f.altText).toContain('15 missed early-intervention points in 10 journeys');
    expect(f.altText).toContain('Missed points by service: School ≥5; GP (primary care) <5');
    expect(f.altText).toContain('from synthetic data, not real children');
    expect(f.altText.split('. ').length).toBeLessThan(14);
    expect(f.svg).toContain(`<desc id="figure-desc">`);
  });

  it('works for a pathway with no cohort numbers (an empty summary)', () => {
    const empty = buildPathwayFigure({
      pathway: coventry,
      summary: {
        journeys: 0,
        events: 0,
        reachedCrisis: 0,
        missedPoints: 0,
        journeysWithMissedPoints: 0,
        missedPointsByService: {},
        serviceJourneys: {},
        transitions: [],
        acuteLiaison48h: { referrals: 0, withinTarget: 0 },
        targets: [],
        medianLeadTimeDays: null,
        medianWaitDays: {},
      },
      parameters: { windowDays: 28, horizonDays: 365 } as never,
      cohortInfo: { name: 'empty.csv', synthetic: false, journeys: 0 },
    });
    expect(visibleText(empty.svg)).toContain('no journeys');
    expect(empty.svg).not.toContain('SYNTHETIC');
  });
});
