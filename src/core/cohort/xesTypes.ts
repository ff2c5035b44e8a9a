/**
 * The XES event log (IEEE 1849-2016) as `XesReader` reads it: traces, events and typed attributes,
 * independent of any pathway.
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
