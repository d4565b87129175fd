// The sandbox web chat: shows the private chat with the bot like a Telegram client, with inline buttons
// that send callback queries and messages that the bot edits in place.
const $ = (selector) => document.querySelector(selector);
const list = $('#messages');
const toast = $('#toast');
let user = loadIdentity();
let events;

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
  if (!response.ok) throw new Error((await response.json().catch(() => ({}))).error || response.statusText);
  return response.json();
}

function render(message) {
  const fromBot = message.from?.is_bot;
  let item = list.querySelector(`[data-id="${message.message_id}"]`);
  const fresh = !item;
  if (fresh) {
    item = document.createElement('li');
    item.dataset.id = message.message_id;
  }
  item.className = `message ${fromBot ? 'bot' : 'me'}${message.edit_date ? ' edited' : ''}`;
  item.replaceChildren();
  if (message.photo) {
    const img = document.createElement('img');
    img.src = message.photo.at(-1).file_id;
    img.alt = '';
    img.className = 'photo';
    item.append(img);
  }
  const text = document.createElement('div');
  text.className = 'text';
  text.textContent = message.text ?? message.caption ?? (message.sticker ? message.sticker.emoji : '📎');
  item.append(text);
  for (const row of message.reply_markup?.inline_keyboard ?? []) {
    const rowEl = document.createElement('div');
    rowEl.className = 'keyboard-row';
    for (const button of row) {
      const el = document.createElement('button');
      el.type = 'button';
      el.className = 'inline-button';
      el.textContent = button.text;
      if (button.url) el.addEventListener('click', () => window.open(button.url, '_blank'));
      else el.addEventListener('click', () => press(message.message_id, button.callback_data, el));
      rowEl.append(el);
    }
    item.append(rowEl);
  }
  if (fresh) list.append(item);
  if (fresh) item.scrollIntoView({ block: 'end' });
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

async function send(text) {
  if (!text.trim()) return;
  await api(`/chats/${user.id}/messages`, { text });
}

async function connect() {
  localStorage.setItem('diana-sandbox-user', JSON.stringify(user));
  $('#user-id').value = user.id;
  $('#user-name').value = user.first_name;
  $('#user-lang').value = user.language_code;
  document.documentElement.lang = user.language_code;
  await api('/users', user);
  events?.close();
  list.replaceChildren();
  const { messages } = await api(`/chats/${user.id}`);
  messages.forEach(render);
  events = new EventSource(`/sandbox/api/chats/${user.id}/events`);
  events.onmessage = (event) => {
    const change = JSON.parse(event.data);
    if (change.kind === 'message' || change.kind === 'edit') render(change.message);
    if (change.kind === 'delete') list.querySelector(`[data-id="${change.messageId}"]`)?.remove();
  };
}

$('#send-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = $('#text');
  const text = input.value;
  input.value = '';
  await send(text).catch((error) => showToast(error.message, true));
});

for (const button of document.querySelectorAll('[data-send]')) {
  button.addEventListener('click', () =>
    send(button.dataset.send).catch((error) => showToast(error.message, true)),
  );
}

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
