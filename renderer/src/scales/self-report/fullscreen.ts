/**
 * Full screen keeps the student on the questionnaire and out of the rest of the desktop. The
 * browser grants it only during a click, and may refuse; the mode works the same without it.
 */
export function enterFullscreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen().catch(() => undefined);
}

export function leaveFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}
