import type { XesAttribute, XesEvent, XesValueType } from './xesTypes.ts';
import { ATTRIBUTE_LIST, ATTRIBUTE_TYPES } from './xesValueRules.ts';

/**
 * The element rules of XES: which element may appear inside which, in what order, and with which XML
 * attributes. Pure functions over the reader's stack of open elements (frames); xesReader.ts reports.
 */
export type Kind =
  'log' | 'trace' | 'event' | 'global' | 'attr' | 'values' | 'extension' | 'classifier' | 'skip';

/** One open element. */
export interface Frame {
  readonly kind: Kind;
  readonly name: string;
  readonly line: number;
  /** log: 0 declarations, 1 traces, 2 events; trace: 0 attributes, 1 events; list: 0 meta, 1 values seen. */
  phase: number;
  /** Attributes of a log, trace, event, global or container (and the duplicate-key check). */
  readonly attrs?: Map<string, XesAttribute>;
  /** Values of a <values> element. */
  readonly items?: XesAttribute[];
  readonly events?: XesEvent[];
  readonly key?: string;
  readonly type?: XesValueType;
  readonly value?: string;
  textReported?: boolean;
  /** The frame is an attribute that failed a check: keep it out of its parent. */
  bad?: boolean;
  /** list: the <values> child's items. */
  listItems?: XesAttribute[];
}

/** An element's name and XML attributes (saxes without namespaces). */
export interface Tag {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/**
 * Where element `name` opens inside `parent`: a problem (misplaced, or unknown there), and whether the
 * element and everything in it must be skipped. Moves the parent's phase on (e.g. the log's first trace).
 */
export function placeElement(parent: Frame, name: string): { problem?: string; skip: boolean } {
  const isAttr = ATTRIBUTE_TYPES.has(name);
  const misplaced = (where: string) => ({ problem: `${where}.`, skip: false });
  const unknown = (message: string) => ({ problem: message, skip: true });
  switch (parent.kind) {
    case 'log':
      if (isAttr || name === 'extension' || name === 'global' || name === 'classifier') {
        if (parent.phase > 0) return misplaced('must come before the first <trace> or <event> of the log');
      } else if (name === 'trace') {
        const late = parent.phase === 2;
        parent.phase = Math.max(parent.phase, 1);
        if (late) return misplaced('must come before the log-level <event> elements');
      } else if (name === 'event') {
        parent.phase = 2;
      } else {
        return unknown(
          `unknown element <${name}> inside <log>; allowed: extension, global, classifier, ${ATTRIBUTE_LIST}, trace, event.`,
        );
      }
      return { skip: false };
    case 'trace':
      if (isAttr) {
        if (parent.phase > 0) return misplaced("must come before the trace's first <event>");
      } else if (name === 'event') {
        parent.phase = 1;
      } else {
        return unknown(`unknown element <${name}> inside <trace>; allowed: ${ATTRIBUTE_LIST}, event.`);
      }
      return { skip: false };
    case 'attr':
      if (name === 'values' && parent.type === 'list') {
        const twice = parent.phase > 0;
        parent.phase = 1;
        if (twice) return misplaced('appears twice in one <list>; a list has one <values>');
      } else if (isAttr) {
        if (parent.type === 'list' && parent.phase > 0)
          return misplaced('must come before the <values> of its <list>');
      } else {
        const also = parent.type === 'list' ? ', values' : '';
        return unknown(
          `unknown element <${name}> inside <${parent.name}>; allowed: ${ATTRIBUTE_LIST}${also}.`,
        );
      }
      return { skip: false };
    case 'event':
    case 'global':
    case 'values':
      if (!isAttr) return unknown(`cannot appear inside <${parent.name}>; allowed there: ${ATTRIBUTE_LIST}.`);
      return { skip: false };
    case 'extension':
    case 'classifier':
      return unknown(`cannot appear inside <${parent.name}>, which has no child elements.`);
    case 'skip':
      return { skip: true };
  }
}

/**
 * The problems of an element's XML attributes: ones not `allowed`, and `required` ones missing.
 */
export function xmlAttributeProblems(
  tag: Tag,
  allowed: readonly string[],
  required: readonly string[],
): string[] {
  const out: string[] = [];
  const extra = Object.keys(tag.attributes).filter((n) => !allowed.includes(n));
  if (extra.length > 0) {
    const what = allowed.length === 0 ? 'takes no XML attributes' : `takes only ${allowed.join(', ')}`;
    const hint =
      tag.name === 'event' || tag.name === 'trace'
        ? '; put data in child elements such as <string key="…" value="…"/>'
        : '';
    out.push(`${what}, but has ${extra.map((x) => `${x}="…"`).join(' ')}${hint}.`);
  }
  const missing = required.filter((n) => tag.attributes[n] === undefined);
  if (missing.length > 0)
    out.push(`needs the XML attributes ${required.join(', ')}; missing: ${missing.join(', ')}.`);
  return out;
}

/**
 * Closes an attribute element: its value (or items) is attached to the parent — a trace, event, log,
 * global or container keyed by its key, a list's <values> in order. Attributes nested in other
 * attributes (meta-attributes) are validated but not kept; attributes that failed a check are dropped.
 */
export function attachAttribute(frame: Frame, parent: Frame | undefined): void {
  if (frame.bad || !parent) return;
  const composite = frame.type === 'list' || frame.type === 'container';
  const items = frame.type === 'list' ? frame.listItems : frame.attrs ? [...frame.attrs.values()] : undefined;
  const attr: XesAttribute = {
    key: frame.key ?? '',
    type: frame.type ?? 'string',
    value: composite ? '' : (frame.value ?? ''),
    line: frame.line,
    items,
  };
  if (parent.kind === 'values') parent.items?.push(attr);
  else if (parent.kind === 'attr') {
    if (parent.type === 'container') parent.attrs?.set(attr.key, attr);
  } else parent.attrs?.set(attr.key, attr);
}
