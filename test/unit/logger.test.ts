// Logs never carry what people wrote, nor secrets: a failed send's text and caption, a bot token inside the URL
// of a network error, a password in a connection string.
import { GrammyError, HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { maskSecrets } from '../../src/logger.ts';
import { capturedLogs } from '../support/logs.ts';

const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';

describe('logs', () => {
  it('leave out the text and caption of a message Telegram refused, keeping what explains the failure', () => {
    const { log, output } = capturedLogs('info');
    const refused = new GrammyError(
      "Call to 'sendMessage' failed!",
      { ok: false, error_code: 400, description: 'Bad Request: message is too long' },
      'sendMessage',
      {
        chat_id: -1001,
        text: 'Borrador secreto del canal VIP: mañana a las 9',
        reply_markup: { inline_keyboard: [[{ text: 'Reservar plaza', callback_data: 'x' }]] },
      },
    );
    const photo = new GrammyError(
      "Call to 'sendPhoto' failed!",
      { ok: false, error_code: 400, description: 'Bad Request: message caption is too long' },
      'sendPhoto',
      { chat_id: 5, photo: 'https://example.com/a.jpg', caption: 'Pie de foto privado' },
    );
    log.error({ err: refused }, 'update handler failed');
    log.warn({ err: photo }, 'could not publish');
    const out = output();
    expect(out).not.toContain('Borrador secreto');
    expect(out).not.toContain('Reservar plaza');
    expect(out).not.toContain('Pie de foto');
    expect(out).toContain('message is too long');
    expect(out).toContain('"method":"sendMessage"');
    expect(out).toContain('"error_code":400');
    expect(out).toContain('"chat_id":-1001');
    expect(out).toContain('[redacted 46 chars]');
  });

  it('mask a bot token in a network error and a password in a URL', () => {
    const { log, output } = capturedLogs('info');
    const cause = Object.assign(
      new Error(
        `request to https://api.telegram.org/bot${TOKEN}/sendMessage failed, reason: connect ECONNREFUSED`,
      ),
      { code: 'ECONNREFUSED' },
    );
    log.warn(
      { err: new HttpError("Network request for 'sendMessage' failed!", cause) },
      'announcement not sent',
    );
    log.error(
      { err: new Error('connect to postgres://diana:hunter2@db.internal:5432/diana failed') },
      'boom',
    );
    const out = output();
    expect(out).not.toContain(TOKEN.split(':')[1]);
    expect(out).not.toContain('hunter2');
    expect(out).toContain('bot<token>/sendMessage');
    expect(out).toContain('ECONNREFUSED');
    expect(out).toContain('postgres://diana:<password>@db.internal');
  });

  it('mask secrets in any string', () => {
    expect(maskSecrets(`token ${TOKEN} and redis://:s3cret@redis:6379`)).toBe(
      'token <token> and redis://:<password>@redis:6379',
    );
    expect(maskSecrets('12:30 and a plain https://example.com/x')).toBe(
      '12:30 and a plain https://example.com/x',
    );
  });
});
