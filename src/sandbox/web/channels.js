// The demo channels in the sandbox: listed beside the chat with the bot, each with the person's status and
// the one action that fits it (ask to join, withdraw the request, leave); members read the posts, tap their
// buttons and react natively.
import { label } from './labels.js';
import { drawMessage } from './messages.js';

/** The native reactions the page offers (all in Telegram's standard set). */
const REACTIONS = ['👍', '❤️', '🔥', '😈', '💋'];

export function createChannels({ api, user, list, pane, showToast, openLink, onOpen }) {
  let channels = [];
  let current;

  const byId = (id) => channels.find((c) => c.id === id);

  function statusLabel(c) {
    if (c.status === 'kicked') return label('banned');
    if (['member', 'administrator', 'creator'].includes(c.status)) return label('member');
    return c.requested ? label('requested') : label('notMember');
  }

  async function refreshList() {
    ({ channels } = await api(`/channels?userId=${user().id}`));
    for (const el of list.querySelectorAll('[data-channel]')) el.remove();
    for (const c of channels) {
      const entry = document.createElement('button');
      entry.type = 'button';
      entry.className = `chat-entry${current === c.id ? ' active' : ''}`;
      entry.dataset.chat = String(c.id);
      entry.dataset.channel = 'true';
      entry.textContent = `📣 ${c.title}`;
      const badge = document.createElement('span');
      badge.className = 'badge';
      badge.textContent = statusLabel(c);
      entry.append(badge);
      entry.addEventListener('click', () => open(c.id));
      list.append(entry);
    }
    if (current !== undefined) await render();
  }

  function actionFor(c) {
    if (c.status === 'member') return { label: label('leave'), path: 'leave' };
    if (c.requested) return { label: label('withdraw'), path: 'cancel' };
    if (c.status === 'left') return { label: label('join'), path: 'join' };
    return undefined;
  }

  async function render() {
    const c = byId(current);
    if (!c) return;
    pane.title.textContent = c.title;
    pane.status.textContent = statusLabel(c);
    const action = actionFor(c);
    pane.action.hidden = !action;
    pane.action.textContent = action?.label ?? '';
    pane.action.onclick = () => act(c.id, action.path);
    const member = ['member', 'administrator', 'creator'].includes(c.status);
    pane.note.hidden = member;
    pane.note.textContent = c.requested ? label('pending') : label('membersOnly');
    pane.posts.replaceChildren();
    if (!member) return;
    const { posts } = await api(`/channels/${c.id}/posts?userId=${user().id}`);
    for (const post of posts) {
      pane.posts.append(
        drawMessage(document.createElement('li'), post, {
          post: true,
          reactionChoices: REACTIONS,
          onPress: (data, el) => press(c.id, post.message_id, data, el),
          onReact: (messageId, emoji) => react(c.id, messageId, emoji),
          onLink: openLink,
        }),
      );
    }
    pane.posts.lastElementChild?.scrollIntoView({ block: 'end' });
  }

  async function act(chatId, path) {
    try {
      await api(`/channels/${chatId}/${path}`, { userId: user().id });
    } catch (error) {
      showToast(error.message, true);
    }
    await refreshList();
  }

  async function press(chatId, messageId, data, el) {
    el.disabled = true;
    try {
      const { result } = await api(`/channels/${chatId}/press`, { userId: user().id, messageId, data });
      if (result.answer?.text) showToast(result.answer.text, result.answer.show_alert);
      if (result.answer?.url) openLink(result.answer.url);
    } catch (error) {
      showToast(error.message, true);
    } finally {
      el.disabled = false;
    }
  }

  async function react(chatId, messageId, emoji) {
    await api(`/channels/${chatId}/react`, { userId: user().id, messageId, emoji }).catch((error) =>
      showToast(error.message, true),
    );
  }

  async function open(chatId) {
    current = chatId;
    onOpen(chatId);
    await refreshList();
  }

  return {
    refreshList,
    open,
    close: () => {
      current = undefined;
    },
    /** A change in some channel (from the live stream): redraw what the person is looking at. */
    changed(change) {
      if (change.kind === 'member' && change.userId === user().id) refreshList();
      else if (change.chatId === current) render();
    },
  };
}
