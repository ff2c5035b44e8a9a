import type { Result } from '../problems.ts';
import { XesReader } from './xesReader.ts';
import type { XesLog, XesReadOptions } from './xesTypes.ts';

/** Reads an XES log (see XesReader for what is checked). Never throws for bad input. */
export function readXesEvents(text: string, opts: XesReadOptions = {}): Result<XesLog> {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return new XesReader(opts)
    .write(start ? text.slice(start) : text)
    .close()
    .result();
}
