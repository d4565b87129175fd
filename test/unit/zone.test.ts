// A person's time zone is read in one place (src/app/zone.ts); greetings follow the local part of the day.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OFFSET_ZONES, zoneOf } from '../../src/app/zone.ts';
import { dayPart, isTimeZone, zoneLabel } from '../../src/domain/calendar.ts';
import { zoneAt } from '../../src/domain/location-zone.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('time zones', () => {
  it('are read in one place: the person’s choice, else the deployment’s', () => {
    expect(zoneOf({ timeZone: 'America/Mexico_City' }, { timeZone: 'Europe/Madrid' })).toBe('Europe/Madrid');
    expect(zoneOf({ timeZone: 'America/Mexico_City' }, { timeZone: null })).toBe('America/Mexico_City');
    expect(zoneOf({ timeZone: 'America/Mexico_City' }, undefined)).toBe('America/Mexico_City');
    const elsewhere = sources('src').filter(
      (file) =>
        !file.endsWith(join('app', 'zone.ts')) && /time_?[zZ]one \?\?/.test(readFileSync(file, 'utf8')),
    );
    expect(elsewhere).toEqual([]);
  });

  it('offer every UTC offset from −12 to +14, each a zone the system knows', () => {
    expect(OFFSET_ZONES).toHaveLength(27);
    expect(OFFSET_ZONES.every(isTimeZone)).toBe(true);
    const at = new Date('2026-11-23T18:00:00Z');
    expect(zoneLabel('Etc/GMT-9', at)).toBe('UTC+9');
    expect(zoneLabel('Etc/GMT+6', at)).toBe('UTC−6');
    expect(zoneLabel('UTC', at)).toBe('UTC');
    expect(zoneLabel('America/Mexico_City', at)).toBe('Mexico City · UTC−6');
    expect(zoneLabel('America/Argentina/Buenos_Aires', at)).toBe('Buenos Aires · UTC−3');
  });

  it('tell the part of the day in the person’s zone', () => {
    const at = new Date('2026-11-23T18:00:00Z');
    expect(dayPart(at, 'America/Mexico_City')).toBe('afternoon'); // 12:00
    expect(dayPart(at, 'Europe/Madrid')).toBe('afternoon'); // 19:00
    expect(dayPart(at, 'Asia/Tokyo')).toBe('night'); // 03:00
    expect(dayPart(new Date('2026-11-23T14:00:00Z'), 'America/Mexico_City')).toBe('morning'); // 08:00
    expect(dayPart(new Date('2026-11-23T20:00:00Z'), 'Europe/Madrid')).toBe('night'); // 21:00
  });

  it('follow a shared place offline, and none for coordinates off the globe', () => {
    expect(zoneAt({ latitude: 40.4168, longitude: -3.7038 })).toBe('Europe/Madrid');
    expect(zoneAt({ latitude: 19.4326, longitude: -99.1332 })).toBe('America/Mexico_City');
    expect(zoneAt({ latitude: -34.6037, longitude: -58.3816 })).toBe('America/Argentina/Buenos_Aires');
    expect(zoneAt({ latitude: 35.6762, longitude: 139.6503 })).toBe('Asia/Tokyo');
    // The open sea has the zone of its nautical offset.
    expect(zoneAt({ latitude: 0, longitude: -30 })).toBe('Etc/GMT+2');
    expect(zoneAt({ latitude: 91, longitude: 0 })).toBeUndefined();
    expect(zoneAt({ latitude: 0, longitude: 181 })).toBeUndefined();
    expect(zoneAt({ latitude: Number.NaN, longitude: 0 })).toBeUndefined();
  });
});
