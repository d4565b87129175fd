// The event registry: one schema per event type and version, used to write, to deliver and to check goals.
import { describe, expect, it } from 'vitest';
import { InvalidEvent, numericFields, parseEventPayload, payloadFields } from '../../src/domain/events.ts';

describe('event registry', () => {
  it('parses a payload that fits its type, dropping nothing it knows', () => {
    expect(parseEventPayload('LevelReached', 1, { level: 3 })).toEqual({ level: 3 });
    expect(parseEventPayload('VipExpired', 1, {})).toEqual({});
  });

  it('refuses unknown types, unknown versions and payloads that do not fit', () => {
    expect(() => parseEventPayload('LevelReachd', 1, { level: 3 })).toThrow(InvalidEvent);
    expect(() => parseEventPayload('LevelReached', 2, { level: 3 })).toThrow(/v2 is not a known version/);
    expect(() => parseEventPayload('LevelReached', 1, { level: '3' })).toThrow(/level: /);
    expect(() => parseEventPayload('FragmentCompleted', 1, { node: 'a' })).toThrow(/chapter/);
  });

  it('knows which fields a goal may sum and filter on', () => {
    expect(numericFields('BesitosAwarded')).toEqual(['amount', 'balance', 'activity']);
    expect(numericFields('ReactionRecorded')).toEqual(['chatId', 'messageId', 'postId']);
    expect(payloadFields('DecisionMade')).toEqual(['node', 'chapter', 'choice']);
  });
});
