/**
 * Numbers as the screens show them: short enough for a map node, exact where it matters (the table and
 * the accessible names use `exactCount`). The same functions write the board-paper figure (src/core/format),
 * so a number reads the same on screen and on paper.
 */
export { exactCount, plural, shortCount } from '../../core/format/counts.ts';
export { daysText, shortDays } from '../../core/format/days.ts';
