// Quiet hours: the person's choice (or none), else the pack's, read in one place (src/app/quiet-hours.ts), and
// the time an announcement may go out in the person's zone.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deliveryTime, quietChoiceKey, quietHoursChoices, quietHoursOf } from '../../src/app/quiet-hours.ts';
import { loadPack } from '../../src/content/pack.ts';
import { deliverAfter, quietHoursIn } from '../../src/domain/progress/quiet-hours.ts';

const pack = loadPack('content/diana');
const app = { pack, timeZone: 'America/Mexico_City' };

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('quiet hours', () => {
  it('are the person’s choice, none when they turned them off, else the pack’s', () => {
    const packHours = { from: '23:00', to: '08:00' };
    expect(quietHoursIn(null, packHours)).toEqual(packHours);
    expect(quietHoursIn('off', packHours)).toBeUndefined();
    expect(quietHoursIn('01:00-10:00', packHours)).toEqual({ from: '01:00', to: '10:00' });
    expect(quietHoursIn('not hours', packHours)).toEqual(packHours);
    expect(quietHoursOf(app, { quietHours: null })).toEqual(pack.notifications.quiet_hours);
  });

  it('hold an announcement until they end in the person’s zone, spanning midnight or not', () => {
    const at = new Date('2026-11-24T05:30:00Z'); // 23:30 in Mexico City, 06:30 in Madrid
    const person = (quietHours: string | null, timeZone: string | null = null) => ({ quietHours, timeZone });
    expect(deliveryTime(app, person(null), at)).toEqual(new Date('2026-11-24T14:00:00Z'));
    expect(deliveryTime(app, person('off'), at)).toEqual(at);
    expect(deliveryTime(app, person('00:00-09:00'), at)).toEqual(at);
    expect(deliveryTime(app, person('00:00-09:00', 'Europe/Madrid'), at)).toEqual(
      new Date('2026-11-24T08:00:00Z'),
    );
    expect(deliverAfter(at, 'UTC', { from: '05:00', to: '06:00' })).toEqual(new Date('2026-11-24T06:00:00Z'));
  });

  it('offer the pack’s choices in its order, its own hours among them, then none', () => {
    expect(quietHoursChoices(app).map(quietChoiceKey)).toEqual([
      '21:00-07:00',
      '22:00-08:00',
      '23:00-08:00',
      '00:00-09:00',
      '01:00-10:00',
      'off',
    ]);
    const alone = { pack: { ...pack, notifications: { ...pack.notifications, quiet_hours_choices: [] } } };
    expect(quietHoursChoices(alone).map(quietChoiceKey)).toEqual(['23:00-08:00', 'off']);
  });

  it('are read in one place', () => {
    const elsewhere = sources('src').filter(
      (file) =>
        !file.endsWith(join('app', 'quiet-hours.ts')) &&
        !file.endsWith(join('progress', 'quiet-hours.ts')) &&
        /notifications\.quiet_hours|\bdeliverAfter\(|quietHoursIn\(/.test(readFileSync(file, 'utf8')),
    );
    expect(elsewhere).toEqual([]);
  });
});
