import { describe, expect, it } from 'vitest';
import { FIGURE_GENERATOR, readFigureMetadata } from '../../../src/core/figure/figureMetadata.ts';
import { coventryFigure } from './figureFixtures.ts';

describe('figure metadata', () => {
  it('embeds the pathway, parameters, disclosure settings and the disclosed summary, and reads them back', () => {
    const f = coventryFigure({
      parameters: { windowDays: 14, horizonDays: 180 } as never,
      disclosure: { suppress: true, roundTo: 5 },
    });
    const m = readFigureMetadata(f.svg);
    expect(m).toEqual(f.metadata);
    expect(m?.generator).toBe(FIGURE_GENERATOR);
    expect(m?.pathway).toMatchObject({ id: 'coventry', version: '1.0.0' });
    expect(m?.parameters).toEqual({ windowDays: 14, horizonDays: 180 });
    expect(m?.disclosure).toEqual({ suppress: true, roundTo: 5 });
    expect(m?.cohort).toEqual({
      name: 'cohort.csv',
      synthetic: true,
      journeys: '10',
      period: 'January 2019 to July 2020',
    });
    expect(m?.size).toBe('a4-landscape');
    expect(m?.summary.journeys).toBe('10');
  });

  it('sits in one <metadata> element as escaped JSON', () => {
    const { svg } = coventryFigure();
    expect(svg.match(/<metadata id="pathway-lens-figure">/g)).toHaveLength(1);
    expect(svg).toMatch(/<metadata id="pathway-lens-figure">\{&quot;generator&quot;/);
  });

  it('is undefined for an SVG without it, or with something else in it', () => {
    expect(readFigureMetadata('<svg xmlns="http://www.w3.org/2000/svg"/>')).toBeUndefined();
    expect(
      readFigureMetadata('<svg><metadata id="pathway-lens-figure">not json</metadata></svg>'),
    ).toBeUndefined();
    expect(
      readFigureMetadata(
        '<svg><metadata id="pathway-lens-figure">{&quot;generator&quot;:&quot;other&quot;}</metadata></svg>',
      ),
    ).toBeUndefined();
  });
});
