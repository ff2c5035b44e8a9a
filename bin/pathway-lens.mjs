#!/usr/bin/env node
// The command line of Pathway Lens. It runs the TypeScript sources through tsx, so the command line,
// the browser app and the worker share one core without a separate build.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
