// How one message looks in the sandbox, as a Telegram client draws it: text (with links), a photo, an invoice
// with its Pay button, payment notes, inline buttons (callback or link), and a channel post's reactions.
import { label } from './labels.js';

const LINK = /https?:\/\/[^\s«»]+/g;

/** Text with its URLs as links; a click goes to `onLink` instead of leaving the page. */
function linkified(text, onLink) {
  const fragment = document.createDocumentFragment();
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    fragment.append(text.slice(last, match.index));
    const a = document.createElement('a');
    a.href = match[0];
    a.textContent = match[0];
    a.addEventListener('click', (event) => {
      event.preventDefault();
      onLink(match[0]);
    });
    fragment.append(a);
    last = match.index + match[0].length;
  }
  fragment.append(text.slice(last));
  return fragment;
}

function serviceText(message) {
  if (message.successful_payment) return `⭐ ${message.successful_payment.total_amount} Stars paid`;
  if (message.refunded_payment) return `⭐ ${message.refunded_payment.total_amount} Stars refunded`;
  return undefined;
}

function invoiceCard(message, { paid, onPay }) {
  const { invoice } = message;
  const card = document.createElement('div');
  card.className = 'invoice';
  const title = document.createElement('div');
  title.className = 'title';
  title.textContent = invoice.title;
  const description = document.createElement('div');
  description.textContent = invoice.description;
  const pay = document.createElement('button');
  pay.type = 'button';
  pay.className = 'inline-button pay';
  pay.textContent = paid ? label('paid') : `${label('pay')} ⭐ ${invoice.total_amount}`;
  pay.disabled = paid;
  pay.addEventListener('click', () => onPay(message.message_id, pay));
  card.append(title, description, pay);
  return card;
}

/**
 * Draws (or redraws) a message into `item`. `handlers`: onPress(data, button), onLink(url), onPay(id, button),
 * onReact(emoji) for channel posts; `paid` for invoices; `reactions` and `reactionChoices` for posts.
 */
export function drawMessage(item, message, handlers) {
  const service = serviceText(message);
  const kind = handlers.post ? 'post' : service ? 'service' : message.from?.is_bot ? 'bot' : 'me';
  item.className = `message ${kind}${message.edit_date ? ' edited' : ''}`;
  item.dataset.id = message.message_id;
  item.replaceChildren();
  if (message.photo) {
    const img = document.createElement('img');
    img.src = message.photo.at(-1).file_id;
    img.alt = '';
    img.className = 'photo';
    item.append(img);
  }
  if (message.invoice) item.append(invoiceCard(message, handlers));
  if (message.document) {
    const link = document.createElement('a');
    link.href = `/sandbox/api/files/${encodeURIComponent(message.document.file_id)}`;
    link.download = message.document.file_name ?? 'document';
    link.className = 'document';
    link.textContent = `📄 ${message.document.file_name ?? 'document'} (${message.document.file_size ?? 0} B)`;
    item.append(link);
  }
  const text = document.createElement('div');
  text.className = 'text';
  const place = message.location && `📍 ${message.location.latitude}, ${message.location.longitude}`;
  const body =
    service ?? message.text ?? message.caption ?? place ?? (message.sticker ? message.sticker.emoji : '');
  text.append(
    linkified(body || (message.invoice || message.photo || message.document ? '' : '📎'), handlers.onLink),
  );
  item.append(text);
  for (const row of message.reply_markup?.inline_keyboard ?? []) {
    const rowEl = document.createElement('div');
    rowEl.className = 'keyboard-row';
    for (const button of row) {
      const el = document.createElement('button');
      el.type = 'button';
      el.className = 'inline-button';
      el.textContent = button.text;
      if (button.url) el.addEventListener('click', () => handlers.onLink(button.url));
      else el.addEventListener('click', () => handlers.onPress(button.callback_data, el, message.message_id));
      rowEl.append(el);
    }
    item.append(rowEl);
  }
  if (handlers.post) item.append(reactionBar(message, handlers));
  return item;
}

/** Native reactions under a post: the counts, the viewer's own highlighted; a tap sets or removes it. */
function reactionBar(message, { reactionChoices, onReact }) {
  const bar = document.createElement('div');
  bar.className = 'reactions';
  const counts = new Map((message.reactions ?? []).map((r) => [r.emoji, r]));
  for (const emoji of reactionChoices) {
    const r = counts.get(emoji);
    const el = document.createElement('button');
    el.type = 'button';
    el.className = `reaction${r?.mine ? ' mine' : ''}`;
    el.textContent = r ? `${emoji} ${r.count}` : emoji;
    el.title = label('react');
    el.addEventListener('click', () => onReact(message.message_id, r?.mine ? null : emoji));
    bar.append(el);
  }
  return bar;
}
