/**
 * A time zone where it is around noon now, so that Lucien's announcements are never held back by quiet hours,
 * whatever the hour a test or a benchmark runs at (Etc/GMT-N is N hours ahead of UTC).
 */
export function noonTimeZone(now = new Date()): string {
  const ahead = 12 - now.getUTCHours();
  if (ahead === 0) return 'Etc/GMT';
  return ahead > 0 ? `Etc/GMT-${ahead}` : `Etc/GMT+${-ahead}`;
}
