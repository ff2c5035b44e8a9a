// The unit tests that run `pathway-lens` as a process use the built command line (dist-cli/), so it is
// rebuilt from the current sources before they start (about 0.3 s).
// @ts-expect-error -- plain ESM build script, no types needed.
import { buildCli } from '../../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  await (buildCli as () => Promise<number>)();
}
