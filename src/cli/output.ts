import type { Writable } from 'node:stream';

/** Characters gathered before a write: few enough system calls, little memory. */
const BATCH = 1 << 20;

function write(out: Writable, text: string): Promise<void> | undefined {
  if (out.write(text)) return undefined;
  return new Promise((resolve, reject) => {
    const done = () => {
      out.off('error', fail);
      resolve();
    };
    const fail = (e: Error) => {
      out.off('drain', done);
      reject(e);
    };
    out.once('drain', done);
    out.once('error', fail);
  });
}

/**
 * Writes text made piece by piece (a report journey by journey) in batches of about a megabyte, waiting
 * when the stream is full, so memory stays flat however large the output and the process can end as
 * soon as the last byte is written.
 */
export async function writeChunks(chunks: Iterable<string>, out: Writable = process.stdout): Promise<void> {
  let batch = '';
  for (const c of chunks) {
    batch += c;
    if (batch.length >= BATCH) {
      const wait = write(out, batch);
      batch = '';
      if (wait) await wait;
    }
  }
  if (batch.length > 0) await write(out, batch);
}

/** Resolves once everything written to `out` has been handed to the system (e.g. before exiting). */
export function flushed(out: Writable = process.stdout): Promise<void> {
  return new Promise((resolve) => {
    out.write('', () => {
      resolve();
    });
  });
}
