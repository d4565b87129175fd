// Button data is a short signed token: `action:arg:arg~mac`. The MAC binds it to one user, so a forged token,
// or one copied from another user's chat, is recognised and refused. Handlers still check the arguments
// against the user's current state (a revision number makes old buttons stale).
import { createHmac, timingSafeEqual } from 'node:crypto';

const MAX_BYTES = 64;
const MAC_BYTES = 8;

export interface CallbackAction {
  action: string;
  args: string[];
}

export class CallbackCodec {
  constructor(private readonly secret: string) {}

  encode(userId: number, action: string, args: readonly (string | number)[] = []): string {
    const body = [action, ...args.map(String)].join(':');
    const data = `${body}~${this.mac(userId, body)}`;
    if (Buffer.byteLength(data) > MAX_BYTES) {
      throw new Error(`callback data "${body}" exceeds ${MAX_BYTES} bytes`);
    }
    return data;
  }

  /** The action behind a token, or undefined when it was not issued to this user by this deployment. */
  decode(userId: number, data: string): CallbackAction | undefined {
    const sep = data.lastIndexOf('~');
    if (sep <= 0) return undefined;
    const body = data.slice(0, sep);
    const given = Buffer.from(data.slice(sep + 1), 'base64url');
    const expected = Buffer.from(this.mac(userId, body), 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    const [action = '', ...args] = body.split(':');
    return { action, args };
  }

  private mac(userId: number, body: string): string {
    return createHmac('sha256', this.secret)
      .update(`${userId}|${body}`)
      .digest()
      .subarray(0, MAC_BYTES)
      .toString('base64url');
  }
}
