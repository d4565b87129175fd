// Paid broadcasts (the Bot API's allow_paid_broadcast): Telegram lets a bot send up to 1,000 messages a second
// instead of 30, and takes 0.1 Star from the bot's balance for each message beyond the free 30 a second. The
// console reads this module too.

/** Telegram's ceiling, messages a second, for a bot sending with allow_paid_broadcast. */
export const PAID_BROADCAST_LIMIT = 1000;

/** The most Stars a paid broadcast to `audience` people can cost: a tenth of a Star per person, rounded up. */
export function paidBroadcastMaxStars(audience: number): number {
  return Math.ceil(Math.max(0, audience) / 10);
}
