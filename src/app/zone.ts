// A person's time zone: the one they chose in ⚙️ Configuración, else the deployment's (TZ_DEFAULT). The one
// place that reads it: their day (gift, caps, errands), greetings and quiet hours all follow what it says.
import { setTimeZone } from '../adapters/db/repositories/users.ts';
import { isTimeZone } from '../domain/calendar.ts';
import { type Coordinates, zoneAt } from '../domain/location-zone.ts';
import type { AppContext } from './services.ts';

export function zoneOf(
  app: Pick<AppContext, 'timeZone'>,
  person: { timeZone: string | null } | null | undefined,
): string {
  return person?.timeZone ?? app.timeZone;
}

/** Sets the person's zone; false (and nothing changes) when it is not a zone this system knows. */
export async function changeTimeZone(app: AppContext, userId: number, zone: string): Promise<boolean> {
  if (!isTimeZone(zone)) return false;
  await setTimeZone(app.db, userId, zone);
  return true;
}

/**
 * Sets the person's zone to the one of a place they shared; the zone, or undefined (nothing changes) when the
 * place has none this system knows. The place itself is not stored.
 */
export async function changeTimeZoneAt(
  app: AppContext,
  userId: number,
  place: Coordinates,
): Promise<string | undefined> {
  const zone = zoneAt(place);
  return zone !== undefined && (await changeTimeZone(app, userId, zone)) ? zone : undefined;
}

/** The zones offered in ⚙️ Configuración as UTC offsets: UTC−12 … UTC+14 (IANA's Etc/GMT zones, signs reversed). */
export const OFFSET_ZONES: readonly string[] = Array.from({ length: 27 }, (_, i) => i - 12).map((hours) =>
  hours === 0 ? 'UTC' : `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`,
);
