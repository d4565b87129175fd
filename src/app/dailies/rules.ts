// The pack's dailies, for the use-cases: a pack without dailies.yaml offers none, and asking for them is a bug.
import type { DailiesContent } from '../../content/dailies-schema.ts';
import type { AppContext } from '../services.ts';

export class NoDailies extends Error {
  override name = 'NoDailies';
}

export function dailiesOf(app: Pick<AppContext, 'pack'>): DailiesContent {
  const { dailies } = app.pack;
  if (!dailies) throw new NoDailies('this content pack has no dailies.yaml');
  return dailies;
}
