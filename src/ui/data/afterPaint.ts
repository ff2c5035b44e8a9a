/** Runs `task` after the next frame is painted (a timeout queued from an animation frame). */
export function afterPaint(task: () => void): void {
  if (typeof requestAnimationFrame === 'undefined') {
    setTimeout(task, 0);
    return;
  }
  requestAnimationFrame(() => {
    setTimeout(task, 0);
  });
}
