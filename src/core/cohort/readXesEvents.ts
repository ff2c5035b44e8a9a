import { SaxesParser } from 'saxes';
import { fail, ok, problem, type Problem, type Result } from '../problems.ts';
import { parseIsoDate } from './parseIsoDate.ts';

/**
 * Reads an XES event log (IEEE 1849-2016) into traces, events and typed attributes, independent of any
 * pathway. `importXes` maps the result onto a pathway.
 *
 * Safe XML: a DOCTYPE that declares entities is refused before any entity could be used (no "billion
 * laughs", no external entities); saxes never fetches anything and expands only the five predefined
 * entities and character references. Nesting depth and the number of events are capped.
 *
 * What is checked (and what is deliberately tolerated, because real logs do it):
 * - the root is <log>; elements are the XES ones; <trace> and <event> take no XML attributes; attribute
 *   elements need `key` (and `value`, except list/container); <extension> needs name, prefix, uri;
 *   <classifier> needs name and non-blank keys; scopes are `event` or `trace`; no other text than spaces.
 * - values match their type: int (xs:long), float (xs:double), boolean, date (xs:dateTime, zone optional:
 *   UTC when absent), id (a UUID); keys of the standard extensions (concept, time, lifecycle, org,
 *   semantic, identity, cost, micro) exist and have their type; a key appears once per element.
 * - order: log-level declarations and attributes before the first <trace>, traces before log-level
 *   events, a trace's attributes before its events, a list's <values> last.
 * - tolerated: extensions, globals, classifiers and log attributes in any order among themselves
 *   (the 3TU road-traffic log declares its extensions after its attributes); keys with an undeclared
 *   prefix; nested attributes without the `nested-attributes` feature; extra `xes.*`/`openxes.*`/`xmlns`
 *   attributes on <log> (OpenXES writes `openxes.version`); classifier keys that no global declares.
 */
export type XesValueType = 'string' | 'date' | 'int' | 'float' | 'boolean' | 'id' | 'list' | 'container';

export interface XesAttribute {
  readonly key: string;
  readonly type: XesValueType;
  /** The value as written (validated for its type); empty for list and container. */
  readonly value: string;
  readonly line: number;
  /** The values of a list, or the children of a container. */
  readonly items?: readonly XesAttribute[] | undefined;
}

export type XesAttributes = ReadonlyMap<string, XesAttribute>;

export interface XesEvent {
  /** Line of the <event> element. */
  readonly line: number;
  readonly attributes: XesAttributes;
}

export interface XesTrace {
  readonly line: number;
  readonly attributes: XesAttributes;
  readonly events: readonly XesEvent[];
}

export interface XesExtension {
  readonly name: string;
  readonly prefix: string;
  readonly uri: string;
  readonly line: number;
}

export interface XesGlobal {
  readonly scope: 'event' | 'trace';
  readonly attributes: XesAttributes;
  readonly line: number;
}

export interface XesClassifier {
  readonly name: string;
  readonly keys: string;
  readonly scope: 'event' | 'trace';
  readonly line: number;
}

export interface XesLog {
  readonly version?: string | undefined;
  readonly features: readonly string[];
  readonly extensions: readonly XesExtension[];
  readonly globals: readonly XesGlobal[];
  readonly classifiers: readonly XesClassifier[];
  readonly attributes: XesAttributes;
  readonly traces: readonly XesTrace[];
  /** Events directly in the log, outside any trace (allowed by IEEE 1849-2016). */
  readonly events: readonly XesEvent[];
  /** All events, in traces or not. */
  readonly eventCount: number;
}

export interface XesReadOptions {
  readonly file?: string | undefined;
  /** Stop after this many problems (then one PL205). Default 100. */
  readonly maxProblems?: number | undefined;
  /** Deepest element nesting accepted. Default 32. */
  readonly maxDepth?: number | undefined;
  /** Most events accepted. Default 5,000,000. */
  readonly maxEvents?: number | undefined;
}

const ATTRIBUTE_TYPES = new Set<string>([
  'string',
  'date',
  'int',
  'float',
  'boolean',
  'id',
  'list',
  'container',
]);
const ATTRIBUTE_LIST = 'string, date, int, float, boolean, id, list, container';

/** The standard extensions, by the file name of their URI (the host differs between producers). */
const STANDARD_EXTENSIONS: Record<
  string,
  { readonly name: string; readonly keys: Readonly<Record<string, XesValueType>> }
> = {
  'concept.xesext': { name: 'Concept', keys: { name: 'string', instance: 'string' } },
  'time.xesext': { name: 'Time', keys: { timestamp: 'date' } },
  'lifecycle.xesext': { name: 'Lifecycle', keys: { model: 'string', transition: 'string', state: 'string' } },
  'org.xesext': { name: 'Organizational', keys: { resource: 'string', role: 'string', group: 'string' } },
  'semantic.xesext': { name: 'Semantic', keys: { modelReference: 'string' } },
  'identity.xesext': { name: 'Identity', keys: { id: 'id' } },
  'cost.xesext': {
    name: 'Cost',
    keys: { total: 'float', currency: 'string', amount: 'float', driver: 'string', type: 'string' },
  },
  'micro.xesext': { name: 'Micro', keys: { level: 'int', parentId: 'id', length: 'int' } },
};
/** Prefixes everyone uses with the same meaning: their types are checked even when not declared. */
const CONVENTIONAL_PREFIXES: Record<string, string> = {
  concept: 'concept.xesext',
  time: 'time.xesext',
  lifecycle: 'lifecycle.xesext',
  org: 'org.xesext',
};

const INT_RE = /^[+-]?\d+$/;
const FLOAT_RE = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|[+-]?INF|NaN)$/;
const BOOLEAN_RE = /^(?:true|false|1|0)$/;
const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function valueError(type: XesValueType, raw: string): string | undefined {
  const v = raw.trim();
  switch (type) {
    case 'int':
      return INT_RE.test(v) && Number.isSafeInteger(Number(v))
        ? undefined
        : 'is not an int (a whole number such as 42)';
    case 'float':
      return FLOAT_RE.test(v) ? undefined : 'is not a float (a number such as 3.5 or 1e-3)';
    case 'boolean':
      return BOOLEAN_RE.test(v) ? undefined : 'is not a boolean (true or false)';
    case 'date':
      return parseIsoDate(v, 'xsd') !== undefined
        ? undefined
        : 'is not a valid xs:dateTime (such as 2020-03-14T09:30:00.000+01:00; impossible dates are errors)';
    case 'id':
      return UUID_RE.test(v)
        ? undefined
        : 'is not an id (a UUID such as 550e8400-e29b-41d4-a716-446655440000)';
    default:
      return undefined;
  }
}

type Kind = 'log' | 'trace' | 'event' | 'global' | 'attr' | 'values' | 'extension' | 'classifier' | 'skip';

interface Frame {
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

class Stop extends Error {}

/** An element's name and XML attributes (saxes without namespaces). */
interface Tag {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/**
 * The incremental reader behind `readXesEvents`: feed it text with `write` (any chunking), then `close`.
 */
export class XesReader {
  private readonly parser = new SaxesParser({ xmlns: false, position: true } as const);
  private readonly file: string | undefined;
  private readonly maxProblems: number;
  private readonly maxDepth: number;
  private readonly maxEvents: number;
  private readonly problems: Problem[] = [];
  private readonly stack: Frame[] = [];
  private tagLine = 1;
  private fatal = false;
  private full = false;
  private closed = false;
  private sawRoot = false;

  private version: string | undefined;
  private features: string[] = [];
  private readonly extensions: XesExtension[] = [];
  private readonly globals: XesGlobal[] = [];
  private readonly classifiers: XesClassifier[] = [];
  private logAttrs = new Map<string, XesAttribute>();
  private readonly traces: XesTrace[] = [];
  private readonly looseEvents: XesEvent[] = [];
  private eventCount = 0;
  /** First line of each (key, type) pair, for the standard-extension checks at the end. */
  private readonly keyUses = new Map<string, { key: string; type: XesValueType; line: number }>();

  constructor(opts: XesReadOptions = {}) {
    this.file = opts.file;
    this.maxProblems = Math.max(1, opts.maxProblems ?? 100);
    this.maxDepth = opts.maxDepth ?? 32;
    this.maxEvents = opts.maxEvents ?? 5_000_000;
    const p = this.parser;
    p.on('doctype', (doctype) => {
      if (/<!ENTITY/i.test(doctype)) {
        this.stopAt(
          p.line - (doctype.match(/\n/g)?.length ?? 0),
          'the XML declares entities in a DOCTYPE (<!ENTITY …>); entity declarations are refused for safety (they enable "billion laughs" and external-entity attacks). XES needs no DOCTYPE: remove it.',
          '<!DOCTYPE>',
        );
      }
    });
    p.on('opentagstart', () => {
      this.tagLine = p.line;
    });
    p.on('opentag', (tag) => {
      this.open({ name: tag.name, attributes: tag.attributes });
    });
    p.on('closetag', () => {
      this.close1();
    });
    p.on('text', (t) => {
      this.text(t);
    });
    p.on('cdata', (t) => {
      this.text(t);
    });
  }

  /** True once reading further cannot change the outcome. */
  isStopped(): boolean {
    return this.fatal || this.full;
  }

  private add(message: string, line: number | undefined, column?: string): void {
    if (this.full) return;
    if (this.problems.length >= this.maxProblems) {
      this.full = true;
      this.problems.push(
        problem(
          'PL205',
          `stopped after ${this.maxProblems} problems; fix these and import again to see any others.`,
          {
            file: this.file,
          },
        ),
      );
      throw new Stop();
    }
    this.problems.push(problem('PL203', message, { file: this.file, row: line, column }));
  }

  private stop(message: string, column?: string): never {
    this.stopAt(this.parser.line, message, column);
  }

  private stopAt(line: number, message: string, column?: string): never {
    this.fatal = true;
    this.add(message, line, column);
    throw new Stop();
  }

  write(chunk: string): this {
    if (this.isStopped() || this.closed) return this;
    try {
      this.parser.write(chunk);
    } catch (e) {
      this.onError(e);
    }
    return this;
  }

  close(): this {
    if (this.closed) return this;
    this.closed = true;
    if (this.isStopped()) return this;
    try {
      this.parser.close();
    } catch (e) {
      this.onError(e);
    }
    if (!this.isStopped() && !this.sawRoot) {
      this.fatal = true;
      this.problems.push(
        problem('PL203', 'the file has no <log> element; an XES file is <log> … </log>.', {
          file: this.file,
          row: 1,
        }),
      );
    }
    if (!this.isStopped()) this.checkExtensions();
    return this;
  }

  private onError(e: unknown): void {
    if (e instanceof Stop) return;
    const raw = e instanceof Error ? e.message : String(e);
    const message = raw.replace(/^(?:[^:]*:)?\d+:\d+: /, '').replace(/\.$/, '');
    this.fatal = true;
    if (/undefined entity/i.test(message)) {
      this.problems.push(
        problem(
          'PL203',
          `the file is not well-formed XML: ${message}; only the five predefined XML entities are expanded.`,
          {
            file: this.file,
            row: this.parser.line,
          },
        ),
      );
    } else if (!this.sawRoot) {
      this.problems.push(
        problem('PL203', 'the file has no <log> element; an XES file is <log> … </log>.', {
          file: this.file,
          row: 1,
        }),
      );
      this.sawRoot = true;
    } else {
      this.problems.push(
        problem('PL203', `the file is not well-formed XML: ${message}`, {
          file: this.file,
          row: this.parser.line,
        }),
      );
    }
  }

  private text(t: string): void {
    const top = this.stack[this.stack.length - 1];
    if (!top || top.kind === 'skip' || top.textReported || t.trim() === '') return;
    top.textReported = true;
    const shown = t.trim().length > 30 ? `${t.trim().slice(0, 27)}…` : t.trim();
    this.add(
      `unexpected text ${JSON.stringify(shown)} inside <${top.name}>; XES keeps data in attribute elements.`,
      this.parser.line,
      `<${top.name}>`,
    );
  }

  private checkXmlAttributes(
    tag: Tag,
    line: number,
    allowed: readonly string[],
    required: readonly string[],
    label = `<${tag.name}>`,
  ): boolean {
    let good = true;
    const names = Object.keys(tag.attributes);
    const extra = names.filter((n) => !allowed.includes(n));
    if (extra.length > 0) {
      good = false;
      const what = allowed.length === 0 ? 'takes no XML attributes' : `takes only ${allowed.join(', ')}`;
      this.add(
        `${what}, but has ${extra.map((x) => `${x}="…"`).join(' ')}${tag.name === 'event' || tag.name === 'trace' ? '; put data in child elements such as <string key="…" value="…"/>' : ''}.`,
        line,
        label,
      );
    }
    const missing = required.filter((n) => tag.attributes[n] === undefined);
    if (missing.length > 0) {
      good = false;
      this.add(
        `needs the XML attributes ${required.join(', ')}; missing: ${missing.join(', ')}.`,
        line,
        label,
      );
    }
    return good;
  }

  private scope(tag: Tag, line: number): 'event' | 'trace' {
    const s = tag.attributes.scope;
    if (s === undefined || s === 'event' || s === 'trace') return s ?? 'event';
    this.add(`scope ${JSON.stringify(s)} is not allowed; allowed: event, trace.`, line, `<${tag.name}>`);
    return 'event';
  }

  private push(frame: Frame): void {
    if (this.stack.length >= this.maxDepth)
      this.stop(`elements are nested more than ${this.maxDepth} deep.`, `<${frame.name}>`);
    this.stack.push(frame);
  }

  private skip(name: string, line: number): void {
    this.push({ kind: 'skip', name, line, phase: 0 });
  }

  private open(tag: Tag): void {
    const line = this.tagLine;
    const name = tag.name;
    const parent = this.stack[this.stack.length - 1];
    if (!parent) {
      this.sawRoot = true;
      if (name !== 'log')
        this.stop(`the root element is <${name}>; an XES file is <log> … </log>.`, `<${name}>`);
      const extra = Object.keys(tag.attributes).filter((n) => !/^(?:xes\.|openxes\.|xmlns(?::|$))/.test(n));
      if (extra.length > 0)
        this.add(
          `unknown XML attributes ${extra.join(', ')}; allowed: xes.version, xes.features.`,
          line,
          '<log>',
        );
      this.version = tag.attributes['xes.version'];
      this.features = (tag.attributes['xes.features'] ?? '').split(/\s+/).filter(Boolean);
      this.push({ kind: 'log', name, line, phase: 0, attrs: this.logAttrs });
      return;
    }
    if (parent.kind === 'skip') {
      this.skip(name, line);
      return;
    }
    const isAttr = ATTRIBUTE_TYPES.has(name);
    const misplaced = (where: string) => {
      this.add(`${where}.`, line, `<${name}>`);
    };

    switch (parent.kind) {
      case 'log':
        if (isAttr || name === 'extension' || name === 'global' || name === 'classifier') {
          if (parent.phase > 0) misplaced('must come before the first <trace> or <event> of the log');
        } else if (name === 'trace') {
          if (parent.phase === 2) misplaced('must come before the log-level <event> elements');
          parent.phase = Math.max(parent.phase, 1);
        } else if (name === 'event') {
          parent.phase = 2;
        } else {
          this.add(
            `unknown element <${name}> inside <log>; allowed: extension, global, classifier, ${ATTRIBUTE_LIST}, trace, event.`,
            line,
            `<${name}>`,
          );
          this.skip(name, line);
          return;
        }
        break;
      case 'trace':
        if (isAttr) {
          if (parent.phase > 0) misplaced("must come before the trace's first <event>");
        } else if (name === 'event') {
          parent.phase = 1;
        } else {
          this.add(
            `unknown element <${name}> inside <trace>; allowed: ${ATTRIBUTE_LIST}, event.`,
            line,
            `<${name}>`,
          );
          this.skip(name, line);
          return;
        }
        break;
      case 'attr':
        if (name === 'values' && parent.type === 'list') {
          if (parent.phase > 0) misplaced('appears twice in one <list>; a list has one <values>');
          parent.phase = 1;
        } else if (isAttr) {
          if (parent.type === 'list' && parent.phase > 0)
            misplaced('must come before the <values> of its <list>');
        } else {
          const also = parent.type === 'list' ? ', values' : '';
          this.add(
            `unknown element <${name}> inside <${parent.name}>; allowed: ${ATTRIBUTE_LIST}${also}.`,
            line,
            `<${name}>`,
          );
          this.skip(name, line);
          return;
        }
        break;
      case 'event':
      case 'global':
      case 'values':
        if (!isAttr) {
          this.add(
            `cannot appear inside <${parent.name}>; allowed there: ${ATTRIBUTE_LIST}.`,
            line,
            `<${name}>`,
          );
          this.skip(name, line);
          return;
        }
        break;
      case 'extension':
      case 'classifier':
        this.add(`cannot appear inside <${parent.name}>, which has no child elements.`, line, `<${name}>`);
        {
          this.skip(name, line);
          return;
        }
    }

    if (isAttr) {
      this.openAttribute(tag, line, parent);
      return;
    }
    switch (name) {
      case 'trace':
        this.checkXmlAttributes(tag, line, [], []);
        this.push({ kind: 'trace', name, line, phase: 0, attrs: new Map(), events: [] });
        return;
      case 'event':
        this.checkXmlAttributes(tag, line, [], []);
        this.push({ kind: 'event', name, line, phase: 0, attrs: new Map() });
        return;
      case 'values':
        this.checkXmlAttributes(tag, line, [], []);
        this.push({ kind: 'values', name, line, phase: 0, items: [] });
        return;
      case 'extension': {
        if (this.checkXmlAttributes(tag, line, ['name', 'prefix', 'uri'], ['name', 'prefix', 'uri'])) {
          const a = tag.attributes;
          this.extensions.push({ name: a.name ?? '', prefix: a.prefix ?? '', uri: a.uri ?? '', line });
        }
        this.push({ kind: 'extension', name, line, phase: 0 });
        return;
      }
      case 'global': {
        this.checkXmlAttributes(tag, line, ['scope'], []);
        const scope = this.scope(tag, line);
        const attrs = new Map<string, XesAttribute>();
        this.globals.push({ scope, attributes: attrs, line });
        this.push({ kind: 'global', name, line, phase: 0, attrs });
        return;
      }
      case 'classifier': {
        const good = this.checkXmlAttributes(tag, line, ['name', 'keys', 'scope'], ['name', 'keys']);
        const scope = this.scope(tag, line);
        const keys = tag.attributes.keys ?? '';
        if (good && keys.trim() === '')
          this.add('keys is empty; list the attribute keys the classifier uses.', line, '<classifier>');
        else if (good) this.classifiers.push({ name: tag.attributes.name ?? '', keys, scope, line });
        this.push({ kind: 'classifier', name, line, phase: 0 });
        return;
      }
    }
  }

  private openAttribute(tag: Tag, line: number, parent: Frame): void {
    const type = tag.name as XesValueType;
    const composite = type === 'list' || type === 'container';
    const key = tag.attributes.key;
    const value = tag.attributes.value;
    const label = key === undefined ? `<${type}>` : `<${type} key="${key}">`;
    let bad = !this.checkXmlAttributes(
      tag,
      line,
      composite ? ['key'] : ['key', 'value'],
      composite ? ['key'] : ['key', 'value'],
      label,
    );
    if (!bad && value !== undefined) {
      const err = valueError(type, value);
      if (err) {
        bad = true;
        const shown = value.length > 40 ? `${value.slice(0, 37)}…` : value;
        this.add(`${JSON.stringify(shown)} ${err}.`, line, label);
      }
    }
    if (!bad && key !== undefined) {
      const use = `${key}\u0000${type}`;
      if (!this.keyUses.has(use)) this.keyUses.set(use, { key, type, line });
      const siblings = parent.kind === 'values' ? undefined : parent.attrs;
      if (siblings?.has(key)) {
        bad = true;
        this.add(
          `the key "${key}" appears twice in this <${parent.name}>; each key may appear once.`,
          line,
          label,
        );
      }
    }
    this.push({
      kind: 'attr',
      name: type,
      line,
      phase: 0,
      key: key ?? '',
      type,
      value: value ?? '',
      bad,
      attrs: type === 'container' ? new Map() : undefined,
    });
  }

  private close1(): void {
    const frame = this.stack.pop();
    if (!frame) return;
    const parent = this.stack[this.stack.length - 1];
    switch (frame.kind) {
      case 'attr': {
        if (frame.type === 'list' && frame.phase === 0) {
          this.add(
            'has no <values> element; a list keeps its items in <values> … </values>.',
            frame.line,
            `<list key="${frame.key ?? ''}">`,
          );
          return;
        }
        if (frame.bad || !parent) return;
        const items =
          frame.type === 'list' ? frame.listItems : frame.attrs ? [...frame.attrs.values()] : undefined;
        const attr: XesAttribute = {
          key: frame.key ?? '',
          type: frame.type ?? 'string',
          value: frame.type === 'list' || frame.type === 'container' ? '' : (frame.value ?? ''),
          line: frame.line,
          items,
        };
        if (parent.kind === 'values') parent.items?.push(attr);
        else if (parent.kind === 'attr') {
          if (parent.type === 'container') parent.attrs?.set(attr.key, attr);
          // other nesting: meta-attributes, validated but not kept
        } else parent.attrs?.set(attr.key, attr);
        return;
      }
      case 'values': {
        if (parent?.kind === 'attr') parent.listItems = frame.items;
        return;
      }
      case 'event': {
        this.eventCount++;
        if (this.eventCount > this.maxEvents)
          this.stop(
            `the log has more than ${this.maxEvents.toLocaleString('en-GB')} events; the limit is ${this.maxEvents.toLocaleString('en-GB')}.`,
            '<event>',
          );
        const ev: XesEvent = { line: frame.line, attributes: frame.attrs ?? new Map() };
        if (parent?.kind === 'trace') parent.events?.push(ev);
        else if (parent?.kind === 'log') this.looseEvents.push(ev);
        return;
      }
      case 'trace': {
        this.traces.push({
          line: frame.line,
          attributes: frame.attrs ?? new Map(),
          events: frame.events ?? [],
        });
        return;
      }
      default:
        return;
    }
  }

  /** Keys under a standard extension's prefix must be ones it defines, with its type. */
  private checkExtensions(): void {
    const declared = new Map<string, string>();
    for (const ext of this.extensions) {
      const file = ext.uri.split('/').pop()?.toLowerCase() ?? '';
      if (STANDARD_EXTENSIONS[file]) declared.set(ext.prefix, file);
    }
    try {
      for (const { key, type, line } of this.keyUses.values()) {
        const colon = key.indexOf(':');
        if (colon <= 0) continue;
        const prefix = key.slice(0, colon);
        const name = key.slice(colon + 1);
        const isDeclared = declared.has(prefix);
        const file = declared.get(prefix) ?? CONVENTIONAL_PREFIXES[prefix];
        const ext = file ? STANDARD_EXTENSIONS[file] : undefined;
        if (!ext) continue;
        const expected = ext.keys[name];
        if (expected === undefined) {
          if (isDeclared) {
            const defined = Object.keys(ext.keys)
              .map((k) => `${prefix}:${k}`)
              .join(', ');
            this.add(
              `is not an attribute of the ${ext.name} extension (it defines ${defined}).`,
              line,
              `<${type} key="${key}">`,
            );
          }
        } else if (expected !== type) {
          const article = (t: string) => (t === 'int' || t === 'id' ? 'an' : 'a');
          this.add(
            `must be ${article(expected)} ${expected} (${ext.name} extension), not ${article(type)} ${type}.`,
            line,
            `<${type} key="${key}">`,
          );
        }
      }
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
    }
  }

  /** Characters consumed so far (for progress). */
  get position(): number {
    return this.parser.position;
  }

  result(): Result<XesLog> {
    if (!this.closed) this.close();
    if (this.problems.length > 0) {
      const order = (p: Problem) => (p.code === 'PL205' ? Number.MAX_SAFE_INTEGER : (p.row ?? 0));
      return fail([...this.problems].sort((a, b) => order(a) - order(b)));
    }
    return ok({
      version: this.version,
      features: this.features,
      extensions: this.extensions,
      globals: this.globals,
      classifiers: this.classifiers,
      attributes: this.logAttrs,
      traces: this.traces,
      events: this.looseEvents,
      eventCount: this.eventCount,
    });
  }
}

/** Reads an XES log (see XesReader for what is checked). Never throws for bad input. */
export function readXesEvents(text: string, opts: XesReadOptions = {}): Result<XesLog> {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return new XesReader(opts)
    .write(start ? text.slice(start) : text)
    .close()
    .result();
}
