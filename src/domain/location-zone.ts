// The time zone of a place, from its coordinates, offline: @photostructure/tz-lookup carries a coarse map of the
// world's zones (about 90 KB, no network, no native code). The coordinates are only looked at, never kept.
import tzLookup from '@photostructure/tz-lookup';
import { isTimeZone } from './calendar.ts';

export interface Coordinates {
  latitude: number;
  longitude: number;
}

/** The IANA zone at a place; undefined for coordinates off the globe or a zone this system does not know. */
export function zoneAt({ latitude, longitude }: Coordinates): string | undefined {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return undefined;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return undefined;
  const zone = tzLookup(latitude, longitude);
  return isTimeZone(zone) ? zone : undefined;
}
