// The emulator's channels: two demo channels the bot administers (a free one people ask to join, and a private
// VIP one entered by invitation), join requests, invitation links, bans, members and reactions. The bot sees
// them as Telegram shows them: chat_join_request, chat_member and message_reaction updates, and the errors of
// approveChatJoinRequest, createChatInviteLink, revokeChatInviteLink, banChatMember and unbanChatMember.
// Reactions to posts are in emulator-reactions.ts.
import { randomBytes } from 'node:crypto';
import type { Chat, ChatInviteLink, ChatMember, User } from 'grammy/types';
import { type BotApiEmulator, BotApiError, type Params } from './emulator.ts';

type Status = 'creator' | 'administrator' | 'member' | 'left' | 'kicked';

interface LinkState {
  link: ChatInviteLink;
  uses: number;
}

interface ChannelState {
  chat: Chat.ChannelChat;
  /** People who ask to join wait for an administrator's approval (the free channel). */
  joinByRequest: boolean;
  members: Map<number, Status>;
  /** Pending join requests: user -> when they asked (and through which link). */
  requests: Map<number, { date: number; link?: string }>;
  links: Map<string, LinkState>;
}

export interface EmulatorChannelsSnapshot {
  channels: Array<{
    id: number;
    members: Array<[number, Status]>;
    requests: Array<[number, { date: number; link?: string }]>;
    links: LinkState[];
  }>;
}

/** What a client shows for a channel. */
export interface ChannelView {
  id: number;
  title: string;
  status: Status;
  requested: boolean;
}

/** Telegram lets a bot write to a requester for this long, until the request is handled. */
const REQUEST_CONTACT_SECONDS = 5 * 60;

const MEMBER_STATUSES: readonly Status[] = ['creator', 'administrator', 'member'];

export class EmulatorChannels {
  /** The demo channels' ids: the sandbox uses them as FREE_CHANNEL_ID and VIP_CHANNEL_ID when those are unset. */
  readonly demo = { free: -1001000000001, vip: -1001000000002 };
  private readonly channels = new Map<number, ChannelState>();

  constructor(private readonly em: BotApiEmulator) {
    this.add(this.demo.free, 'Diana 🌹 Canal', true, 'diana_canal_sandbox');
    this.add(this.demo.vip, 'Diana 💎 VIP', false);
    em.handle('approveChatJoinRequest', (p) => this.answerRequest(p, true));
    em.handle('declineChatJoinRequest', (p) => this.answerRequest(p, false));
    em.handle('createChatInviteLink', (p) => this.createInviteLink(p));
    em.handle('revokeChatInviteLink', (p) => this.revokeInviteLink(p));
    em.handle('banChatMember', (p) => this.ban(p));
    em.handle('unbanChatMember', (p) => this.unban(p));
  }

  private add(id: number, title: string, joinByRequest: boolean, username?: string): void {
    this.channels.set(id, {
      chat: { id, type: 'channel', title, ...(username ? { username } : {}) },
      joinByRequest,
      members: new Map([[this.em.bot.id, 'administrator']]),
      requests: new Map(),
      links: new Map(),
    });
  }

  has(chatId: number): boolean {
    return this.channels.has(chatId);
  }

  chat(chatId: number): Chat.ChannelChat | undefined {
    return this.channels.get(chatId)?.chat;
  }

  /** A pending join request lets the bot write to the requester for a few minutes. */
  mayContact(userId: number): boolean {
    const now = this.em.unixNow();
    for (const channel of this.channels.values()) {
      const request = channel.requests.get(userId);
      if (request && now - request.date <= REQUEST_CONTACT_SECONDS) return true;
    }
    return false;
  }

  canRead(userId: number, chatId: number): boolean {
    return MEMBER_STATUSES.includes(this.statusOf(chatId, userId));
  }

  /** A person's status in a channel, as Telegram would report it. */
  statusOf(chatId: number, userId: number): Status {
    return this.channels.get(chatId)?.members.get(userId) ?? 'left';
  }

  private channelOf(p: Params): ChannelState {
    const channel = this.channels.get(Number(p.chat_id));
    if (!channel) throw new BotApiError(400, 'Bad Request: chat not found');
    return channel;
  }

  private memberOf(user: User, status: Status): ChatMember {
    if (status === 'kicked') return { status, user, until_date: 0 };
    if (status === 'member' || status === 'left') return { status, user };
    return { status: 'creator', user, is_anonymous: false };
  }

  /** Changes a person's status and tells the bot (chat_member) and the clients. */
  private setStatus(
    channel: ChannelState,
    userId: number,
    status: Status,
    by: User,
    extra: { invite_link?: ChatInviteLink; via_join_request?: boolean } = {},
  ): void {
    const before = channel.members.get(userId) ?? 'left';
    if (before === status) return;
    channel.members.set(userId, status);
    const user = this.em.from(userId);
    this.em.deliver({
      chat_member: {
        chat: channel.chat,
        from: by,
        date: this.em.unixNow(),
        old_chat_member: this.memberOf(user, before),
        new_chat_member: this.memberOf(user, status),
        ...extra,
      },
    });
    this.em.emit({ kind: 'member', chatId: channel.chat.id, userId, status });
  }

  // ---- Bot API methods ------------------------------------------------------------------------------

  private answerRequest(p: Params, approve: boolean): true {
    const channel = this.channelOf(p);
    const userId = Number(p.user_id);
    if (!this.em.getUser(userId)) throw new BotApiError(400, 'Bad Request: USER_ID_INVALID');
    const request = channel.requests.get(userId);
    if (!request) {
      if (approve && this.canRead(userId, channel.chat.id))
        throw new BotApiError(400, 'Bad Request: USER_ALREADY_PARTICIPANT');
      throw new BotApiError(400, 'Bad Request: HIDE_REQUESTER_MISSING');
    }
    channel.requests.delete(userId);
    if (approve) {
      const link = request.link ? channel.links.get(request.link)?.link : undefined;
      this.setStatus(channel, userId, 'member', this.em.bot, {
        ...(link ? { invite_link: link } : { via_join_request: true }),
      });
    } else {
      this.em.emit({ kind: 'member', chatId: channel.chat.id, userId, status: 'left' });
    }
    return true;
  }

  private createInviteLink(p: Params): ChatInviteLink {
    const channel = this.channelOf(p);
    const name = typeof p.name === 'string' ? p.name : undefined;
    if (name && name.length > 32) throw new BotApiError(400, 'Bad Request: invite link name is too long');
    const expire = p.expire_date === undefined ? undefined : Number(p.expire_date);
    if (expire !== undefined && (!Number.isInteger(expire) || expire <= this.em.unixNow()))
      throw new BotApiError(400, 'Bad Request: EXPIRE_DATE_INVALID');
    const limit = p.member_limit === undefined ? undefined : Number(p.member_limit);
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > 99_999))
      throw new BotApiError(400, 'Bad Request: USAGE_LIMIT_INVALID');
    const createsJoinRequest = p.creates_join_request === true || p.creates_join_request === 'true';
    if (createsJoinRequest && limit !== undefined)
      throw new BotApiError(
        400,
        "Bad Request: member limit can't be specified for links requiring administrator approval",
      );
    const link: ChatInviteLink = {
      invite_link: `https://t.me/+${randomBytes(12).toString('base64url')}`,
      creator: this.em.bot,
      creates_join_request: createsJoinRequest,
      is_primary: false,
      is_revoked: false,
      ...(name ? { name } : {}),
      ...(expire !== undefined ? { expire_date: expire } : {}),
      ...(limit !== undefined ? { member_limit: limit } : {}),
    };
    channel.links.set(link.invite_link, { link, uses: 0 });
    return link;
  }

  private revokeInviteLink(p: Params): ChatInviteLink {
    const channel = this.channelOf(p);
    const state = channel.links.get(String(p.invite_link ?? ''));
    if (!state) throw new BotApiError(400, 'Bad Request: INVITE_HASH_EXPIRED');
    state.link = { ...state.link, is_revoked: true };
    return state.link;
  }

  private targetOf(p: Params): { channel: ChannelState; userId: number } {
    const channel = this.channelOf(p);
    const userId = Number(p.user_id);
    if (!this.em.getUser(userId)) throw new BotApiError(400, 'Bad Request: PARTICIPANT_ID_INVALID');
    const status = this.statusOf(channel.chat.id, userId);
    if (status === 'creator' || status === 'administrator')
      throw new BotApiError(400, 'Bad Request: user is an administrator of the chat');
    return { channel, userId };
  }

  private ban(p: Params): true {
    const { channel, userId } = this.targetOf(p);
    channel.requests.delete(userId);
    this.setStatus(channel, userId, 'kicked', this.em.bot);
    return true;
  }

  /** Lifts a ban; without only_if_banned it also removes a member, as Telegram does. */
  private unban(p: Params): true {
    const { channel, userId } = this.targetOf(p);
    const status = this.statusOf(channel.chat.id, userId);
    const onlyIfBanned = p.only_if_banned === true || p.only_if_banned === 'true';
    if (status === 'kicked' || (status === 'member' && !onlyIfBanned))
      this.setStatus(channel, userId, 'left', this.em.bot);
    return true;
  }

  // ---- what a person does -----------------------------------------------------------------------------

  private channelFor(chatId: number): ChannelState {
    const channel = this.channels.get(chatId);
    if (!channel) throw new Error('no such channel');
    return channel;
  }

  /** Asks to join a channel that approves its members; the bot gets a chat_join_request. */
  requestJoin(userId: number, chatId: number, via?: LinkState): 'requested' | 'member' {
    const channel = this.channelFor(chatId);
    const status = this.statusOf(chatId, userId);
    if (status === 'kicked') throw new Error('USER_BANNED_IN_CHANNEL');
    if (MEMBER_STATUSES.includes(status)) return 'member';
    if (!via && !channel.joinByRequest)
      throw new Error('this channel is private: it needs an invitation link');
    if (channel.requests.has(userId)) return 'requested';
    const date = this.em.unixNow();
    channel.requests.set(userId, { date, ...(via ? { link: via.link.invite_link } : {}) });
    this.em.deliver({
      chat_join_request: {
        chat: channel.chat,
        from: this.em.from(userId),
        user_chat_id: userId,
        date,
        ...(via ? { invite_link: via.link } : {}),
      },
    });
    this.em.emit({ kind: 'member', chatId, userId, status: 'requested' });
    return 'requested';
  }

  /** Withdraws a pending join request (Telegram tells the bot nothing). */
  cancelRequest(userId: number, chatId: number): void {
    this.channelFor(chatId).requests.delete(userId);
    this.em.emit({ kind: 'member', chatId, userId, status: 'left' });
  }

  /** Opens an invitation link: joins (or asks to join) the channel it belongs to. */
  openInviteLink(userId: number, url: string): { chatId: number; status: 'member' | 'requested' } {
    for (const channel of this.channels.values()) {
      const state = channel.links.get(url);
      if (!state) continue;
      const chatId = channel.chat.id;
      const { link } = state;
      const expired = link.expire_date !== undefined && link.expire_date <= this.em.unixNow();
      const full = link.member_limit !== undefined && state.uses >= link.member_limit;
      if (link.is_revoked || expired || full) throw new Error('INVITE_HASH_EXPIRED');
      if (link.creates_join_request) return { chatId, status: this.requestJoin(userId, chatId, state) };
      const status = this.statusOf(chatId, userId);
      if (status === 'kicked') throw new Error('USER_BANNED_IN_CHANNEL');
      if (MEMBER_STATUSES.includes(status)) return { chatId, status: 'member' };
      state.uses++;
      this.setStatus(channel, userId, 'member', this.em.from(userId), { invite_link: link });
      return { chatId, status: 'member' };
    }
    throw new Error('INVITE_HASH_INVALID');
  }

  leave(userId: number, chatId: number): void {
    const channel = this.channelFor(chatId);
    if (this.statusOf(chatId, userId) === 'member')
      this.setStatus(channel, userId, 'left', this.em.from(userId));
  }

  /** The demo channels as a person sees them. */
  list(viewer: number): ChannelView[] {
    return [...this.channels.values()].map((c) => ({
      id: c.chat.id,
      title: c.chat.title,
      status: this.statusOf(c.chat.id, viewer),
      requested: c.requests.has(viewer),
    }));
  }

  snapshot(): EmulatorChannelsSnapshot {
    return {
      channels: [...this.channels.values()].map((c) => ({
        id: c.chat.id,
        members: [...c.members],
        requests: [...c.requests],
        links: [...c.links.values()],
      })),
    };
  }

  restore(snapshot: EmulatorChannelsSnapshot): void {
    for (const saved of snapshot.channels) {
      const channel = this.channels.get(saved.id);
      if (!channel) continue;
      channel.members = new Map(saved.members);
      channel.requests = new Map(saved.requests);
      channel.links = new Map(saved.links.map((l) => [l.link.invite_link, l]));
    }
  }
}
