// Figures that callers ask for at the same moment (a console's dashboards, a script's polling) are computed at
// most once per `freshMs` per instance and shared: those who ask meanwhile get the same promise. A failure is
// not kept, so the next caller tries again.
import type { Clock } from '../../../domain/clock.ts';

export function sharedFigures<V>(
  clock: Clock,
  freshMs: number,
  compute: (key: string) => Promise<V>,
): (key: string) => Promise<V> {
  const recent = new Map<string, { at: number; figures: Promise<V> }>();
  return (key) => {
    const now = clock.now().getTime();
    const cached = recent.get(key);
    if (cached && now - cached.at < freshMs) return cached.figures;
    // Keys nobody asked for lately go, so the map holds only the last few seconds' questions.
    for (const [k, v] of recent) if (now - v.at >= freshMs) recent.delete(k);
    const figures = compute(key);
    recent.set(key, { at: now, figures });
    figures.catch(() => recent.delete(key));
    return figures;
  };
}
