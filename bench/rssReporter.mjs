// Preloaded into a benchmarked process (`node --import ./bench/rssReporter.mjs …`): prints the process's
// peak resident memory on stderr as it exits.
import { peakKib } from './peakMemory.mjs';

process.on('exit', () => {
  process.stderr.write(`\n@@maxrss-kib ${peakKib()}\n`);
});
