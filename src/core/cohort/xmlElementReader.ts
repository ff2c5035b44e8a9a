import { SaxesParser } from 'saxes';
import { problem, type Problem } from '../problems.ts';
import { ProblemList } from './problemList.ts';
import type { Frame, Tag } from './xesElements.ts';

/** Thrown inside saxes' callbacks to end the read (a fatal problem, or the problem cap). */
export class Stop extends Error {}

const NO_LOG = 'the file has no <log> element; an XES file is <log> … </log>.';

/**
 * The safe XML half of the XES reader: saxes without namespaces, entity declarations refused, nesting
 * depth capped, problems capped (then PL205), text outside attributes reported, parser errors turned into
 * one clear problem. A subclass gives elements their meaning (`open`, `closeElement`) and may check the
 * whole document at the end (`atEnd`).
 */
export abstract class XmlElementReader {
  protected readonly parser = new SaxesParser({ xmlns: false, position: true } as const);
  protected readonly file: string | undefined;
  protected readonly problems: ProblemList;
  protected readonly stack: Frame[] = [];
  private readonly maxDepth: number;
  private tagLine = 1;
  private fatal = false;
  private closed = false;
  private sawRoot = false;

  constructor(file: string | undefined, maxProblems: number, maxDepth: number) {
    this.file = file;
    this.problems = new ProblemList(file, Math.max(1, maxProblems));
    this.maxDepth = maxDepth;
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
      if (this.stack.length === 0) this.sawRoot = true;
      this.open({ name: tag.name, attributes: tag.attributes }, this.tagLine);
    });
    p.on('closetag', () => {
      this.closeElement();
    });
    p.on('text', (t) => {
      this.text(t);
    });
    p.on('cdata', (t) => {
      this.text(t);
    });
  }

  /** An element opens at `line`; the stack holds its ancestors. */
  protected abstract open(tag: Tag, line: number): void;
  /** The element on top of the stack closes (pop it). */
  protected abstract closeElement(): void;
  /** The document was read without a fatal problem: check what needs the whole of it. */
  protected abstract atEnd(): void;

  /** True once reading further cannot change the outcome. */
  isStopped(): boolean {
    return this.fatal || this.problems.full;
  }

  /** A PL203; throws Stop when it reaches the problem cap. */
  protected add(message: string, line: number | undefined, column?: string): void {
    const wasFull = this.problems.full;
    const p = problem('PL203', message, { file: this.file, row: line, column });
    if (!this.problems.add(p) && !wasFull) throw new Stop();
  }

  protected stop(message: string, column?: string): never {
    this.stopAt(this.parser.line, message, column);
  }

  private stopAt(line: number, message: string, column?: string): never {
    this.fatal = true;
    this.add(message, line, column);
    throw new Stop();
  }

  /** The one problem that ends the read, past the cap. */
  private end(message: string, row: number): void {
    this.fatal = true;
    this.problems.force(problem('PL203', message, { file: this.file, row }));
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
    if (!this.isStopped() && !this.sawRoot) this.end(NO_LOG, 1);
    if (!this.isStopped()) {
      try {
        this.atEnd();
      } catch (e) {
        if (!(e instanceof Stop)) throw e;
      }
    }
    return this;
  }

  protected get isClosed(): boolean {
    return this.closed;
  }

  private onError(e: unknown): void {
    if (e instanceof Stop) return;
    const raw = e instanceof Error ? e.message : String(e);
    const message = raw.replace(/^(?:[^:]*:)?\d+:\d+: /, '').replace(/\.$/, '');
    if (/undefined entity/i.test(message)) {
      const why = `the file is not well-formed XML: ${message}; only the five predefined XML entities are expanded.`;
      this.end(why, this.parser.line);
    } else if (!this.sawRoot) {
      this.end(NO_LOG, 1);
      this.sawRoot = true;
    } else {
      this.end(`the file is not well-formed XML: ${message}`, this.parser.line);
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

  protected push(frame: Frame): void {
    if (this.stack.length >= this.maxDepth)
      this.stop(`elements are nested more than ${this.maxDepth} deep.`, `<${frame.name}>`);
    this.stack.push(frame);
  }

  /** Characters consumed so far (for progress). */
  get position(): number {
    return this.parser.position;
  }

  /** The problems in line order (PL205 last). */
  protected sortedProblems(): Problem[] {
    const order = (p: Problem) => (p.code === 'PL205' ? Number.MAX_SAFE_INTEGER : (p.row ?? 0));
    return [...this.problems.items].sort((a, b) => order(a) - order(b));
  }
}
