// The sandbox web chat: the private chat with the bot as a Telegram client shows it (inline buttons that send
// callback queries, messages the bot edits in place, invoices paid with fake Stars, t.me links that open the
// bot or a channel), and the demo channels beside it (channels.js).
import { createChannels } from './channels.js';
import { applyLabels, label } from './labels.js';
import { drawMessage } from './messages.js';

const $ = (selector) => document.querySelector(selector);
const list = $('#messages');
const toast = $('#toast');
let user = loadIdentity();
let events;
let paidInvoices = new Set();

function loadIdentity() {
  const saved = JSON.parse(localStorage.getItem('diana-sandbox-user') || 'null');
  if (saved) return saved;
  const lang = (navigator.language || 'es').toLowerCase().startsWith('en') ? 'en' : 'es';
  return {
    id: 100000 + Math.floor(Math.random() * 900000),
    first_name: lang === 'en' ? 'Visitor' : 'Visitante',
    language_code: lang,
  };
}

async function api(path, body) {
  const response = await fetch(
    `/sandbox/api${path}`,
    body === undefined
      ? {}
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
  if (!response.ok) {
    // Errors are problem details (RFC 9457): `detail` says what went wrong.
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || problem.title || response.statusText);
  }
  return response.json();
}

function showToast(text, alert) {
  toast.textContent = text;
  toast.hidden = false;
  toast.classList.toggle('alert', Boolean(alert));
  clearTimeout(showToast.timer);
  showToast.timer = setTimeout(
    () => {
      toast.hidden = true;
    },
    alert ? 6000 : 3000,
  );
}

const channels = createChannels({
  api,
  user: () => user,
  list: $('#chat-list'),
  pane: {
    title: $('#channel-title'),
    status: $('#channel-status'),
    action: $('#channel-action'),
    note: $('#channel-note'),
    posts: $('#posts'),
  },
  showToast,
  openLink,
  onOpen: (chatId) => showPane(chatId),
});

/** Shows the chat with the bot ('bot') or a channel, and marks it in the list. */
function showPane(chat) {
  $('#bot-chat').hidden = chat !== 'bot';
  $('#channel').hidden = chat === 'bot';
  $('#composer').hidden = chat !== 'bot';
  for (const entry of document.querySelectorAll('.chat-entry'))
    entry.classList.toggle('active', entry.dataset.chat === String(chat));
  if (chat === 'bot') channels.close();
}

function render(message) {
  let item = list.querySelector(`[data-id="${message.message_id}"]`);
  const fresh = !item;
  item ??= document.createElement('li');
  drawMessage(item, message, {
    paid: paidInvoices.has(message.message_id),
    onPress: (data, el) => press(message.message_id, data, el),
    onPay: pay,
    onLink: openLink,
  });
  if (fresh) {
    list.append(item);
    item.scrollIntoView({ block: 'end' });
    if (message.from?.is_bot) showReplyKeys(message.reply_markup);
  }
}

/**
 * A reply keyboard the bot brought up replaces the quick buttons above the composer until it is removed (or,
 * being one-time, tapped): a key sends its text, a 📍 key shares a place.
 */
function showReplyKeys(markup) {
  const keys = $('#reply-keys');
  if (markup?.remove_keyboard) keys.hidden = true;
  if (!markup?.keyboard) return;
  keys.replaceChildren();
  for (const key of markup.keyboard.flat()) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = key.text;
    button.addEventListener('click', () => {
      if (markup.one_time_keyboard) keys.hidden = true;
      const sent = key.request_location ? shareLocation() : send(key.text);
      sent.catch((error) => showToast(error.message, true));
    });
    keys.append(button);
  }
  keys.hidden = false;
}

/** The browser's position when it gives one, else a place typed as "latitude, longitude". */
async function shareLocation() {
  const position = await new Promise((resolve) => {
    if (!navigator.geolocation) return resolve(undefined);
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude }),
      () => resolve(undefined),
      { timeout: 5000 },
    );
  });
  const typed = position ? undefined : window.prompt(label('location'), '40.4168, -3.7038');
  const [latitude, longitude] = (typed ?? '').split(',').map(Number);
  const place = position ?? { latitude, longitude };
  if (!Number.isFinite(place.latitude) || !Number.isFinite(place.longitude)) return;
  await api(`/chats/${user.id}/location`, place);
}

async function press(messageId, data, el) {
  el.disabled = true;
  try {
    const { answer } = await api(`/chats/${user.id}/press`, { messageId, data });
    if (answer?.text) showToast(answer.text, answer.show_alert);
  } catch (error) {
    showToast(error.message, true);
  } finally {
    el.disabled = false;
  }
}

async function pay(messageId, el) {
  el.disabled = true;
  const result = await api(`/chats/${user.id}/pay`, { messageId }).catch((error) => ({
    error: error.message,
  }));
  if (result.ok) {
    paidInvoices.add(messageId);
    el.textContent = label('paid');
    showToast(label('paymentSent'));
  } else {
    el.disabled = false;
    showToast(result.error, true);
  }
  await refreshStars();
}

/** Opens a t.me link as Telegram would: the bot's chat (with its start parameter), or a channel invitation. */
async function openLink(url) {
  if (!/^https:\/\/t\.me\//.test(url)) {
    window.open(url, '_blank');
    return;
  }
  try {
    const opened = await api('/links', { userId: user.id, url });
    if (opened.kind === 'bot') {
      showPane('bot');
      // Telegram shows a START button; here the command waits in the composer for the person to send it.
      const input = $('#text');
      input.value = opened.payload ? `/start ${opened.payload}` : '/start';
      input.focus();
    } else {
      const { chatId, status } = opened.result;
      showToast(status === 'member' ? 'You joined the channel' : 'Join request sent');
      await channels.open(chatId);
    }
  } catch (error) {
    showToast(error.message, true);
  }
}

async function refreshStars() {
  const { stars } = await api(`/users/${user.id}/stars`);
  $('#stars').textContent = `⭐ ${stars}`;
}

async function send(text) {
  if (!text.trim()) return;
  if (/^https:\/\/t\.me\//.test(text.trim())) return openLink(text.trim());
  await api(`/chats/${user.id}/messages`, { text });
}

async function connect() {
  localStorage.setItem('diana-sandbox-user', JSON.stringify(user));
  $('#user-id').value = user.id;
  $('#user-name').value = user.first_name;
  $('#user-lang').value = user.language_code;
  document.documentElement.lang = user.language_code;
  applyLabels();
  await api('/users', user);
  events?.close();
  list.replaceChildren();
  $('#reply-keys').hidden = true;
  const chat = await api(`/chats/${user.id}`);
  paidInvoices = new Set(chat.paidInvoices);
  chat.messages.forEach(render);
  showPane('bot');
  await Promise.all([refreshStars(), channels.refreshList()]);
  events = new EventSource(`/sandbox/api/chats/${user.id}/events`);
  events.onmessage = (event) => {
    const change = JSON.parse(event.data);
    if (change.chatId !== user.id) return channels.changed(change);
    if (change.kind === 'message' || change.kind === 'edit') render(change.message);
    if (change.kind === 'delete') list.querySelector(`[data-id="${change.messageId}"]`)?.remove();
    if (change.kind === 'message' && change.message.refunded_payment) refreshStars();
  };
}

$('#send-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = $('#text');
  const text = input.value;
  input.value = '';
  await send(text).catch((error) => showToast(error.message, true));
});

$('#attach').addEventListener('click', async () => {
  const url = window.prompt(label('photoUrl'), 'https://picsum.photos/seed/diana/640/480');
  if (!url) return;
  const caption = window.prompt(label('caption'), '') ?? '';
  await api(`/chats/${user.id}/photo`, { url, caption }).catch((error) => showToast(error.message, true));
});

for (const button of document.querySelectorAll('[data-send]')) {
  button.addEventListener('click', () =>
    send(button.dataset.send).catch((error) => showToast(error.message, true)),
  );
}

$('#chat-list [data-chat="bot"]').addEventListener('click', () => showPane('bot'));

$('#identity').addEventListener('submit', (event) => {
  event.preventDefault();
  user = {
    id: Number($('#user-id').value),
    first_name: $('#user-name').value,
    language_code: $('#user-lang').value,
  };
  connect().catch((error) => showToast(error.message, true));
});

$('#new-user').addEventListener('click', () => {
  localStorage.removeItem('diana-sandbox-user');
  user = loadIdentity();
  connect().catch((error) => showToast(error.message, true));
});

api('/bot').then((bot) => {
  $('#bot-name').textContent = bot.name;
  $('#bot-username').textContent = `@${bot.username}`;
});
connect().catch((error) => showToast(error.message, true));
