// content:check reports what would silently never work: a Fluent message the bundle drops (people would see its
// id), and a mission or achievement that waits for an event, or a field of it, that does not exist.
import { describe, expect, it } from 'vitest';
import { checkPack } from '../../src/content/checker.ts';
import { readPack } from '../../src/content/pack.ts';
import { formatDiagnostic } from '../../src/content/yaml-source.ts';
import { isEventType } from '../../src/domain/events.ts';

const BROKEN = 'test/fixtures/broken-pack';

describe('content check of texts and goals', () => {
  const lines = checkPack(readPack(BROKEN)).diagnostics.map(formatDiagnostic);

  it('reports a Fluent message that does not parse, with its file and line', () => {
    expect(lines).toContain(
      `${BROKEN}/locales/es/story.ftl:17: message "story-roto" is not valid Fluent, so it is dropped: people would see "story-roto" instead of its text`,
    );
  });

  it('reports a goal whose event or field is misspelled, with its file and line', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        `${BROKEN}/missions.yaml:78: mission "curiosa_errata" waits for event "FragmentComplete", which never happens (did you mean "FragmentCompleted"?)`,
        `${BROKEN}/missions.yaml:81: mission "coleccionista_errata" can never complete: event "BesitosAwarded" has no field "amout" (did you mean "amount"?); its fields: amount, reason, key, balance, activity`,
        `${BROKEN}/missions.yaml:84: mission "racha_errata" can never complete: event "DailyGiftClaimed" has no field "strek" (did you mean "streak"?); its fields: day, streak, amount`,
      ]),
    );
  });

  it('finds nothing of the kind in the launch pack, whose goals only name events and fields that exist', () => {
    const pack = readPack('content/diana');
    expect(checkPack(pack).diagnostics.map(formatDiagnostic)).toEqual([]);
    for (const goal of [...pack.progress.missions, ...pack.progress.achievements])
      expect(isEventType(goal.event), goal.id).toBe(true);
  });
});
