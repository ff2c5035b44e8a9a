import { describe, expect, it } from 'vitest';
import { counted, formatPeriod, show } from '../../../src/core/figure/figureWords.ts';
import { escapeXml, num, unescapeXml } from '../../../src/core/figure/xml.ts';
import { textWidth, wrapText } from '../../../src/core/text/textMetrics.ts';

const c = (text: string) => ({ text, value: null, suppressed: false });

describe('figure words', () => {
  it('reads counts in plain English', () => {
    expect(show(c('12345'))).toBe('12,345');
    expect(show(c('<5'))).toBe('<5');
    expect(counted(c('1'), 'journey')).toBe('1 journey');
    expect(counted(c('<5'), 'journey')).toBe('<5 journeys');
  });

  it('gives the period to the month, or in day offsets', () => {
    const info = { name: 'c', synthetic: false, journeys: 1 };
    expect(formatPeriod({ ...info, periodStart: '2019-01-07', periodEnd: '2020-07-06T10:00:00Z' })).toBe(
      'January 2019 to July 2020',
    );
    expect(formatPeriod({ ...info, periodStart: '2020-07-01', periodEnd: '2020-07-30' })).toBe('July 2020');
    expect(formatPeriod({ ...info, periodStart: -30, periodEnd: 400 })).toBe('days -30 to 400 (day offsets)');
    expect(formatPeriod(info)).toBeNull();
  });
});

describe('figure text helpers', () => {
  it('escapes and unescapes XML', () => {
    const s = `<script>alert("x") & 'y'</script>\u0007`;
    expect(escapeXml(s)).toBe('&lt;script&gt;alert(&quot;x&quot;) &amp; &apos;y&apos;&lt;/script&gt;');
    expect(unescapeXml(escapeXml(s))).toBe(s.slice(0, -1));
  });

  it('writes numbers with two decimals at most, and never -0', () => {
    expect([num(1.23456), num(-0.001), num(10), num(2.5)]).toEqual(['1.23', '0', '10', '2.5']);
  });

  it('wraps at spaces, hyphenates words longer than a line, and ends cut text with an ellipsis', () => {
    const lines = wrapText('School nurse and GP practice', 20, 3);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('School nurse and GP practice');
    for (const l of lines) expect(textWidth(l, 3)).toBeLessThanOrEqual(20);
    const long = wrapText('Neurodevelopmental', 10, 3);
    expect(long.length).toBeGreaterThan(1);
    expect(long[0]).toMatch(/-$/);
    expect(wrapText('one two three four five six', 12, 3, false, 2)[1]).toMatch(/…$/);
  });
});
