import { parseRenderArgs, renderCommand } from '../render.ts';

/** `pathway-lens render`: the board-paper figure as SVG, PNG or PDF (see ../render.ts). */
export async function run(argv: readonly string[]): Promise<void> {
  await renderCommand(parseRenderArgs(argv));
}
