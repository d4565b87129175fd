import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CallbackCodec } from '../../src/adapters/telegram/callback-codec.ts';

describe('callback tokens', () => {
  const codec = new CallbackCodec('secret');

  it('round-trips an action for the user it was issued to', () => {
    const data = codec.encode(42, 'choose', ['n12', 3, 7]);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(codec.decode(42, data)).toEqual({ action: 'choose', args: ['n12', '3', '7'] });
  });

  it('refuses a token for another user, from another deployment, or altered', () => {
    const data = codec.encode(42, 'nav', ['besitos']);
    expect(codec.decode(43, data)).toBeUndefined();
    expect(new CallbackCodec('other').decode(42, data)).toBeUndefined();
    expect(codec.decode(42, data.replace('besitos', 'settings'))).toBeUndefined();
    expect(codec.decode(42, 'nav:besitos')).toBeUndefined();
    expect(codec.decode(42, '')).toBeUndefined();
  });

  it('never exceeds Telegram’s 64 bytes silently', () => {
    expect(() => codec.encode(1, 'x'.repeat(60))).toThrow(/64 bytes/);
  });

  it('accepts nothing it did not issue (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 64 }), fc.integer({ min: 1, max: 2 ** 40 }), (data, user) => {
        expect(codec.decode(user, data)).toBeUndefined();
      }),
    );
  });
});
