// A person's quiet hours: the ones they chose in ⚙️ Configuración (or none), else the pack's. The one place
// that reads them: every message that waits out the quiet hours asks deliveryTime when it may go.
import { setQuietHours } from '../adapters/db/repositories/users.ts';
import {
  deliverAfter,
  QUIET_OFF,
  type QuietHours,
  quietHoursIn,
  quietHoursKey,
} from '../domain/progress/quiet-hours.ts';
import type { AppContext } from './services.ts';
import { zoneOf } from './zone.ts';

interface Person {
  timeZone: string | null;
  quietHours: string | null;
}

/** The quiet hours in force for the person; undefined when there are none. */
export function quietHoursOf(app: Pick<AppContext, 'pack'>, person: Pick<Person, 'quietHours'>) {
  return quietHoursIn(person.quietHours, app.pack.notifications.quiet_hours);
}

/** When a message due at `at` may reach the person: at once, or when their quiet hours end in their zone. */
export function deliveryTime(app: Pick<AppContext, 'pack' | 'timeZone'>, person: Person, at: Date): Date {
  return deliverAfter(at, zoneOf(app, person), quietHoursOf(app, person));
}

/** What ⚙️ Configuración offers: the pack's choices in its order (with its own hours, if not among them), then none. */
export function quietHoursChoices(app: Pick<AppContext, 'pack'>): Array<QuietHours | undefined> {
  const { quiet_hours, quiet_hours_choices } = app.pack.notifications;
  const listed = quiet_hours_choices.map(quietHoursKey);
  const missing = quiet_hours && !listed.includes(quietHoursKey(quiet_hours)) ? [quiet_hours] : [];
  return [...missing, ...quiet_hours_choices, undefined];
}

/** The key of a choice, as stored and carried on its button ('off' for none). */
export const quietChoiceKey = (quiet: QuietHours | undefined): string =>
  quiet ? quietHoursKey(quiet) : QUIET_OFF;

/** Sets the person's quiet hours to one of the offered choices; false (nothing changes) for anything else. */
export async function changeQuietHours(app: AppContext, userId: number, key: string): Promise<boolean> {
  if (!quietHoursChoices(app).some((q) => quietChoiceKey(q) === key)) return false;
  await setQuietHours(app.db, userId, key);
  return true;
}
