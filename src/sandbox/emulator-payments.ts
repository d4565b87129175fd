// The emulator's Telegram Stars: invoices in XTR, the pre-checkout query the bot must answer within 10
// seconds, the successful_payment message, and refunds. Every sandbox account holds fake Stars to pay with.
import { randomBytes } from 'node:crypto';
import type { Invoice, LabeledPrice, Message, PreCheckoutQuery } from 'grammy/types';
import { type BotApiEmulator, BotApiError, type Params } from './emulator.ts';
import { checkMarkup } from './emulator-messages.ts';
import { PendingQueries } from './emulator-queries.ts';

/** Fake Stars every sandbox account starts with. */
export const SANDBOX_STARS = 2500;
const PRE_CHECKOUT_TIMEOUT_MS = 10_000;

interface Charge {
  userId: number;
  amount: number;
  payload: string;
  refunded: boolean;
}

export interface EmulatorPaymentsSnapshot {
  stars: Array<[number, number]>;
  charges: Array<[string, Charge]>;
  paid: string[];
  payloads: Array<[string, string]>;
}

export type PaymentResult = { ok: true; chargeId: string } | { ok: false; error: string };

export class EmulatorPayments {
  private stars = new Map<number, number>();
  private charges = new Map<string, Charge>();
  /** Invoice messages already paid (`chat:message`): an invoice is paid once. */
  private paid = new Set<string>();
  /** Invoice payloads by `chat:message` (the Message object does not carry them; the pre-checkout does). */
  private payloads = new Map<string, string>();
  private readonly checkouts = new PendingQueries<{ ok: boolean; error?: string }, undefined>();

  constructor(private readonly em: BotApiEmulator) {
    em.handle('sendInvoice', (p) => this.sendInvoice(p));
    em.handle('answerPreCheckoutQuery', (p) => this.answerPreCheckout(p));
    em.handle('refundStarPayment', (p) => this.refund(p));
  }

  private sendInvoice(p: Params): Message {
    const chatId = this.em.chatOf(p, { write: true });
    const text = (value: unknown, max: number, what: string) => {
      if (typeof value !== 'string' || value.length === 0 || value.length > max)
        throw new BotApiError(400, `Bad Request: ${what}_INVALID`);
      return value;
    };
    const title = text(p.title, 32, 'TITLE');
    const description = text(p.description, 255, 'DESCRIPTION');
    const payload = text(p.payload, 128, 'INVOICE_PAYLOAD');
    if (Buffer.byteLength(payload) > 128) throw new BotApiError(400, 'Bad Request: INVOICE_PAYLOAD_INVALID');
    const currency = String(p.currency ?? '');
    if (currency !== 'XTR') throw new BotApiError(400, 'Bad Request: CURRENCY_INVALID');
    if (p.provider_token) throw new BotApiError(400, 'Bad Request: PAYMENT_PROVIDER_INVALID');
    const prices = (typeof p.prices === 'string' ? JSON.parse(p.prices) : p.prices) as LabeledPrice[];
    // Payments in Stars take exactly one price.
    if (!Array.isArray(prices) || prices.length !== 1 || !Number.isInteger(prices[0]?.amount))
      throw new BotApiError(400, 'Bad Request: STARS_INVOICE_INVALID');
    const total = prices[0]!.amount;
    if (total < 1 || total > 10_000) throw new BotApiError(400, 'Bad Request: CURRENCY_TOTAL_AMOUNT_INVALID');
    const markup = checkMarkup(p.reply_markup);
    const invoice: Invoice = { title, description, start_parameter: '', currency, total_amount: total };
    const message = this.em.store(chatId, {
      from: this.em.bot,
      invoice,
      ...(markup ? { reply_markup: markup } : {}),
    });
    this.payloads.set(`${chatId}:${message.message_id}`, payload);
    this.em.emit({ kind: 'message', chatId, message });
    return message;
  }

  private answerPreCheckout(p: Params): true {
    const id = String(p.pre_checkout_query_id ?? '');
    this.checkouts.context(id);
    const ok = p.ok === true || p.ok === 'true';
    const error = typeof p.error_message === 'string' ? p.error_message : undefined;
    if (!ok && !error) throw new BotApiError(400, 'Bad Request: ERROR_MESSAGE_EMPTY');
    this.checkouts.answer(id, { ok, ...(error ? { error } : {}) });
    return true;
  }

  private refund(p: Params): true {
    const userId = Number(p.user_id);
    const chargeId = String(p.telegram_payment_charge_id ?? '');
    const charge = this.charges.get(chargeId);
    if (!charge || charge.userId !== userId) throw new BotApiError(400, 'Bad Request: CHARGE_ID_INVALID');
    if (charge.refunded) throw new BotApiError(400, 'Bad Request: CHARGE_ALREADY_REFUNDED');
    charge.refunded = true;
    this.stars.set(userId, this.balance(userId) + charge.amount);
    const message = this.em.store(userId, {
      from: this.em.from(userId),
      refunded_payment: {
        currency: 'XTR',
        total_amount: charge.amount,
        invoice_payload: charge.payload,
        telegram_payment_charge_id: chargeId,
      },
    });
    this.em.emit({ kind: 'message', chatId: userId, message });
    this.em.deliver({ message });
    return true;
  }

  // ---- what a person does -----------------------------------------------------------------------------

  balance(userId: number): number {
    return this.stars.get(userId) ?? SANDBOX_STARS;
  }

  /**
   * Taps "Pay" under an invoice: the bot gets a pre_checkout_query and must say yes within 10 seconds; then
   * the Stars move and the bot gets the successful_payment message.
   */
  async pay(userId: number, messageId: number): Promise<PaymentResult> {
    const message = this.em.message(userId, messageId);
    const payload = this.payloads.get(`${userId}:${messageId}`);
    if (!message?.invoice || payload === undefined) return { ok: false, error: 'not an invoice' };
    if (this.paid.has(`${userId}:${messageId}`)) return { ok: false, error: 'already paid' };
    const total = message.invoice.total_amount;
    if (this.balance(userId) < total) return { ok: false, error: 'not enough Stars' };
    const { id, answer } = this.checkouts.open(undefined, PRE_CHECKOUT_TIMEOUT_MS);
    const query: PreCheckoutQuery = {
      id,
      from: this.em.from(userId),
      currency: 'XTR',
      total_amount: total,
      invoice_payload: payload,
    };
    this.em.deliver({ pre_checkout_query: query });
    const verdict = (await answer) ?? { ok: false, error: 'the bot did not answer in time' };
    if (!verdict.ok) return { ok: false, error: verdict.error ?? 'declined' };
    if (this.paid.has(`${userId}:${messageId}`)) return { ok: false, error: 'already paid' };
    this.paid.add(`${userId}:${messageId}`);
    this.stars.set(userId, this.balance(userId) - total);
    const chargeId = `stxsandbox${randomBytes(9).toString('hex')}`;
    this.charges.set(chargeId, { userId, amount: total, payload, refunded: false });
    this.em.post(userId, {
      successful_payment: {
        currency: 'XTR',
        total_amount: total,
        invoice_payload: payload,
        telegram_payment_charge_id: chargeId,
        provider_payment_charge_id: '',
      },
    });
    return { ok: true, chargeId };
  }

  /** Whether the person already paid this invoice (clients show a receipt instead of the button). */
  isPaid(userId: number, messageId: number): boolean {
    return this.paid.has(`${userId}:${messageId}`);
  }

  snapshot(): EmulatorPaymentsSnapshot {
    return {
      stars: [...this.stars],
      charges: [...this.charges],
      paid: [...this.paid],
      payloads: [...this.payloads],
    };
  }

  restore(snapshot: EmulatorPaymentsSnapshot): void {
    this.stars = new Map(snapshot.stars);
    this.charges = new Map(snapshot.charges);
    this.paid = new Set(snapshot.paid);
    this.payloads = new Map(snapshot.payloads);
  }
}
