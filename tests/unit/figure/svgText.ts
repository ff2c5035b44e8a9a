import { SaxesParser } from 'saxes';

export interface SvgTextNode {
  readonly text: string;
  /** The element the text is in (text, title, desc, metadata). */
  readonly element: string;
  /** ids and classes of the enclosing elements, outermost first. */
  readonly path: readonly string[];
}

/** Parses an SVG as XML (throwing when it is not well-formed) and returns every text node. */
export function svgTextNodes(svg: string): SvgTextNode[] {
  const parser = new SaxesParser({ xmlns: true });
  const stack: { name: string; tag: string }[] = [];
  const out: SvgTextNode[] = [];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (node) => {
    const attr = (n: string) => {
      const a = node.attributes[n];
      return typeof a === 'string' ? a : (a?.value ?? '');
    };
    const id = attr('id');
    const cls = attr('class');
    stack.push({
      name: node.local,
      tag: [id && `#${id}`, cls && `.${cls.split(' ').join('.')}`].filter(Boolean).join(''),
    });
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (text) => {
    const top = stack[stack.length - 1];
    if (!top || !text.trim()) return;
    out.push({ text, element: top.name, path: stack.map((s) => s.tag).filter(Boolean) });
  });
  parser.write(svg).close();
  return out;
}

/** The text a reader sees: the content of every `<text>` element. */
export function visibleText(svg: string): string[] {
  return svgTextNodes(svg)
    .filter((n) => n.element === 'text')
    .map((n) => n.text);
}

/** Phrases that hold a digit from 1 to 4 but are no count: names, versions, years, parameters. */
const NOT_COUNTS = [
  /\b1\s+to\s+4\b/g,
  /\bTiers?\s+\d(?:–\d)?\b/g,
  /\bWard\s+14\b/g,
  /\b24-hour\b/g,
  /\bversion\s+[\d.]+/g,
  /\b[WH]\s+=\s+\d+/g,
  /\b(?:19|20)\d{2}\b/g,
  /\bNG\d+\b/g,
  /\b\d+\s+hours\b/g,
  /\b\d+\s+days\b/g,
  /\b\d+\s+(?:services|levels)\b/g,
];

/** Standalone numbers from 1 to 4 left in `text` once the phrases that are no counts are removed. */
export function smallCountsIn(text: string): string[] {
  let t = text;
  for (const re of NOT_COUNTS) t = t.replace(re, ' ');
  return [...t.matchAll(/(?<![\d.,<\-–])\b[1-4]\b(?![\d.,])/g)].map((m) =>
    t.slice(Math.max(0, m.index - 25), m.index + 25),
  );
}

/**
 * The figure's visible text as runs: the lines of one paragraph (the `<text>` elements of one group)
 * joined with spaces, so that a phrase wrapped over two lines ("Tier" / "4") reads as written.
 */
export function svgTextRuns(svg: string): string[] {
  const runs = new Map<string, string[]>();
  for (const n of svgTextNodes(svg)) {
    if (n.element !== 'text') continue;
    const key = n.path.join(' ');
    runs.set(key, [...(runs.get(key) ?? []), n.text]);
  }
  return [...runs.values()].map((r) => r.join(' '));
}
