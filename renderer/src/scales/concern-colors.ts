/**
 * Colours that repeat a band's concern level (0 none … higher more). They only ever accompany the
 * band's label, never replace it.
 */
const tagColors = ['green', 'gold', 'orange', 'red'] as const;
const areaFills = [
  'rgba(82, 196, 26, 0.10)',
  'rgba(250, 173, 20, 0.14)',
  'rgba(250, 140, 22, 0.18)',
  'rgba(245, 34, 45, 0.16)',
];

const step = (concern: number) => Math.min(Math.max(concern, 0), tagColors.length - 1);

export function concernTagColor(concern: number): string {
  return tagColors[step(concern)]!;
}

export function concernAreaFill(concern: number): string {
  return areaFills[step(concern)]!;
}
