// A TelegramGateway that records what the app asked of Telegram, for use-case tests without a bot.
import type {
  ApprovalOutcome,
  OutgoingMessage,
  ReactionPost,
  SendOptions,
  TelegramGateway,
} from '../../src/app/telegram-gateway.ts';

export class FakeGateway implements TelegramGateway {
  readonly calls: Array<{ method: string; args: unknown[] }> = [];
  /** What approveJoinRequest answers next. */
  approval: ApprovalOutcome = 'approved';
  private links = 0;
  private readonly interruptions = new Map<string, () => Promise<void>>();

  count(method: string): number {
    return this.calls.filter((c) => c.method === method).length;
  }

  sent(userId: number): OutgoingMessage[] {
    return this.calls
      .filter((c) => c.method === 'send' && c.args[0] === userId)
      .map((c) => c.args[1] as OutgoingMessage);
  }

  /**
   * Runs `action` once, during the next call of `method`, before it completes: what happens elsewhere while
   * Telegram handles the call.
   */
  meanwhile(method: 'createInviteLink' | 'removeMember', action: () => Promise<void>): void {
    this.interruptions.set(method, action);
  }

  private async record(method: string, ...args: unknown[]) {
    const interruption = this.interruptions.get(method);
    this.interruptions.delete(method);
    await interruption?.();
    this.calls.push({ method, args });
  }

  async approveJoinRequest(chatId: number, userId: number) {
    await this.record('approveJoinRequest', chatId, userId);
    return this.approval;
  }
  async declineJoinRequest(chatId: number, userId: number) {
    await this.record('declineJoinRequest', chatId, userId);
    return 'declined' as const;
  }
  async createInviteLink(chatId: number, link: { name: string; expireAt: Date }) {
    await this.record('createInviteLink', chatId, link);
    return `https://t.me/+fake${++this.links}`;
  }
  async revokeInviteLink(chatId: number, link: string) {
    await this.record('revokeInviteLink', chatId, link);
  }
  async removeMember(chatId: number, userId: number) {
    await this.record('removeMember', chatId, userId);
    return 'removed' as const;
  }
  async send(
    userId: number,
    message: OutgoingMessage,
    options: SendOptions = {},
  ): Promise<'sent' | 'unreachable'> {
    await this.record('send', userId, message, options);
    return 'sent' as const;
  }

  /** How many messages went out as a paid broadcast's. */
  paidSends(): number {
    return this.calls.filter((c) => c.method === 'send' && (c.args[2] as SendOptions).paid).length;
  }
  async showReactionCounts(post: ReactionPost, counts: ReadonlyMap<string, number>) {
    await this.record('showReactionCounts', post, new Map(counts));
  }
}
