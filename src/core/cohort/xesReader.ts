import { fail, ok, type Result } from '../problems.ts';
import { attachAttribute, placeElement, xmlAttributeProblems, type Frame, type Tag } from './xesElements.ts';
import type {
  XesAttribute,
  XesClassifier,
  XesEvent,
  XesExtension,
  XesGlobal,
  XesLog,
  XesReadOptions,
  XesTrace,
  XesValueType,
} from './xesTypes.ts';
import { ATTRIBUTE_TYPES, extensionProblems, valueError, type XesKeyUse } from './xesValueRules.ts';
import { XmlElementReader } from './xmlElementReader.ts';

/**
 * Reads an XES event log (IEEE 1849-2016) into traces, events and typed attributes, independent of any
 * pathway: feed it text with `write` (any chunking), then `close`. `importXes` maps the result onto a
 * pathway. The safe XML reading is in xmlElementReader.ts, the element rules in xesElements.ts, the value
 * rules in xesValueRules.ts.
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
export class XesReader extends XmlElementReader {
  private readonly maxEvents: number;

  private version: string | undefined;
  private features: string[] = [];
  private readonly extensions: XesExtension[] = [];
  private readonly globals: XesGlobal[] = [];
  private readonly classifiers: XesClassifier[] = [];
  private readonly logAttrs = new Map<string, XesAttribute>();
  private readonly traces: XesTrace[] = [];
  private readonly looseEvents: XesEvent[] = [];
  private eventCount = 0;
  /** First line of each (key, type) pair, for the standard-extension checks at the end. */
  private readonly keyUses = new Map<string, XesKeyUse>();

  constructor(opts: XesReadOptions = {}) {
    super(opts.file, opts.maxProblems ?? 100, opts.maxDepth ?? 32);
    this.maxEvents = opts.maxEvents ?? 5_000_000;
  }

  protected atEnd(): void {
    for (const x of extensionProblems(this.extensions, this.keyUses.values()))
      this.add(x.message, x.line, x.column);
  }

  /** Checks an element's XML attributes; false when any is wrong (each reported). */
  private checkXml(
    tag: Tag,
    line: number,
    allowed: readonly string[],
    required: readonly string[],
    label = `<${tag.name}>`,
  ): boolean {
    const found = xmlAttributeProblems(tag, allowed, required);
    for (const message of found) this.add(message, line, label);
    return found.length === 0;
  }

  private scope(tag: Tag, line: number): 'event' | 'trace' {
    const s = tag.attributes.scope;
    if (s === undefined || s === 'event' || s === 'trace') return s ?? 'event';
    this.add(`scope ${JSON.stringify(s)} is not allowed; allowed: event, trace.`, line, `<${tag.name}>`);
    return 'event';
  }

  protected open(tag: Tag, line: number): void {
    const name = tag.name;
    const parent = this.stack[this.stack.length - 1];
    if (!parent) {
      this.openLog(tag, line);
      return;
    }
    const place = placeElement(parent, name);
    if (place.problem !== undefined) this.add(place.problem, line, `<${name}>`);
    if (place.skip) {
      this.push({ kind: 'skip', name, line, phase: 0 });
      return;
    }
    if (ATTRIBUTE_TYPES.has(name)) {
      this.openAttribute(tag, line, parent);
      return;
    }
    switch (name) {
      case 'trace':
        this.checkXml(tag, line, [], []);
        this.push({ kind: 'trace', name, line, phase: 0, attrs: new Map(), events: [] });
        return;
      case 'event':
        this.checkXml(tag, line, [], []);
        this.push({ kind: 'event', name, line, phase: 0, attrs: new Map() });
        return;
      case 'values':
        this.checkXml(tag, line, [], []);
        this.push({ kind: 'values', name, line, phase: 0, items: [] });
        return;
      case 'extension': {
        const names = ['name', 'prefix', 'uri'];
        if (this.checkXml(tag, line, names, names)) {
          const a = tag.attributes;
          this.extensions.push({ name: a.name ?? '', prefix: a.prefix ?? '', uri: a.uri ?? '', line });
        }
        this.push({ kind: 'extension', name, line, phase: 0 });
        return;
      }
      case 'global': {
        this.checkXml(tag, line, ['scope'], []);
        const scope = this.scope(tag, line);
        const attrs = new Map<string, XesAttribute>();
        this.globals.push({ scope, attributes: attrs, line });
        this.push({ kind: 'global', name, line, phase: 0, attrs });
        return;
      }
      case 'classifier': {
        const good = this.checkXml(tag, line, ['name', 'keys', 'scope'], ['name', 'keys']);
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

  private openLog(tag: Tag, line: number): void {
    const name = tag.name;
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
  }

  private openAttribute(tag: Tag, line: number, parent: Frame): void {
    const type = tag.name as XesValueType;
    const composite = type === 'list' || type === 'container';
    const { key, value } = tag.attributes;
    const label = key === undefined ? `<${type}>` : `<${type} key="${key}">`;
    const names = composite ? ['key'] : ['key', 'value'];
    let bad = !this.checkXml(tag, line, names, names, label);
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
        const twice = `the key "${key}" appears twice in this <${parent.name}>; each key may appear once.`;
        this.add(twice, line, label);
      }
    }
    const attrs = type === 'container' ? new Map<string, XesAttribute>() : undefined;
    this.push({
      kind: 'attr',
      name: type,
      line,
      phase: 0,
      key: key ?? '',
      type,
      value: value ?? '',
      bad,
      attrs,
    });
  }

  protected closeElement(): void {
    const frame = this.stack.pop();
    if (!frame) return;
    const parent = this.stack[this.stack.length - 1];
    switch (frame.kind) {
      case 'attr':
        if (frame.type === 'list' && frame.phase === 0) {
          const where = `<list key="${frame.key ?? ''}">`;
          this.add(
            'has no <values> element; a list keeps its items in <values> … </values>.',
            frame.line,
            where,
          );
          return;
        }
        attachAttribute(frame, parent);
        return;
      case 'values':
        if (parent?.kind === 'attr') parent.listItems = frame.items;
        return;
      case 'event': {
        this.eventCount++;
        if (this.eventCount > this.maxEvents) {
          const most = this.maxEvents.toLocaleString('en-GB');
          this.stop(`the log has more than ${most} events; the limit is ${most}.`, '<event>');
        }
        const ev: XesEvent = { line: frame.line, attributes: frame.attrs ?? new Map() };
        if (parent?.kind === 'trace') parent.events?.push(ev);
        else if (parent?.kind === 'log') this.looseEvents.push(ev);
        return;
      }
      case 'trace':
        this.traces.push({
          line: frame.line,
          attributes: frame.attrs ?? new Map(),
          events: frame.events ?? [],
        });
        return;
      default:
        return;
    }
  }

  result(): Result<XesLog> {
    if (!this.isClosed) this.close();
    if (this.problems.length > 0) return fail(this.sortedProblems());
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
