import type { TFunction } from 'i18next';

/** A wait as people read it: "27 秒", "2 分 05 秒". */
export function durationText(t: TFunction, milliseconds: number): string {
  const totalSeconds = Math.max(0, Math.ceil(milliseconds / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes === 0) return t('duration.seconds', { seconds });
  return t('duration.minutesSeconds', { minutes, seconds: String(seconds).padStart(2, '0') });
}
