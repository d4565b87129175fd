// The emulator's files: sendDocument with an uploaded file (multipart/form-data, as grammY sends an InputFile)
// or an existing file_id, and getFile; the content of every file sent is kept so that a client (the web chat,
// a test) can download it, as a Telegram app does.
import { randomBytes } from 'node:crypto';
import { type BotApiEmulator, BotApiError } from './emulator.ts';
import { checkCaption, checkMarkup } from './emulator-messages.ts';

/** A file uploaded with a method call (the multipart part an `attach://` value names). */
export interface UploadedFile {
  filename: string;
  data: Buffer;
}

/** Telegram's limit for a bot's upload. */
const MAX_UPLOAD = 50 * 1024 * 1024;

export class EmulatorFiles {
  private readonly files = new Map<string, { name: string; data: Buffer; mime: string }>();

  /** The content of a file sent through the emulator, or undefined. */
  content(fileId: string): { name: string; data: Buffer; mime: string } | undefined {
    return this.files.get(fileId);
  }

  register(em: BotApiEmulator): void {
    em.handle('sendDocument', (p) => {
      const chatId = em.chatOf(p, { write: true });
      const document = this.documentOf(p.document);
      const caption = checkCaption(p.caption);
      const markup = checkMarkup(p.reply_markup);
      const message = em.store(chatId, {
        from: em.bot,
        document,
        ...(caption !== undefined ? { caption } : {}),
        ...(markup ? { reply_markup: markup } : {}),
      });
      em.emit({ kind: 'message', chatId, message });
      return message;
    });
    em.handle('getFile', (p) => {
      const fileId = String(p.file_id ?? '');
      const file = this.files.get(fileId);
      if (!file) throw new BotApiError(400, 'Bad Request: invalid file_id');
      return {
        file_id: fileId,
        file_unique_id: fileId,
        file_size: file.data.length,
        file_path: `documents/${fileId}`,
      };
    });
  }

  private documentOf(value: unknown) {
    if (typeof value === 'string' && value) {
      const known = this.files.get(value);
      if (!known) throw new BotApiError(400, 'Bad Request: wrong file identifier/HTTP URL specified');
      return this.describe(value, known);
    }
    const upload = value as Partial<UploadedFile> | undefined;
    if (!upload || !Buffer.isBuffer(upload.data)) {
      throw new BotApiError(400, 'Bad Request: there is no document in the request');
    }
    if (upload.data.length === 0) throw new BotApiError(400, 'Bad Request: file must be non-empty');
    if (upload.data.length > MAX_UPLOAD) throw new BotApiError(413, 'Request Entity Too Large');
    const fileId = `doc-${randomBytes(8).toString('hex')}`;
    const name = upload.filename || 'document';
    const file = {
      name,
      data: upload.data,
      mime: name.endsWith('.json') ? 'application/json' : 'application/octet-stream',
    };
    this.files.set(fileId, file);
    return this.describe(fileId, file);
  }

  private describe(fileId: string, file: { name: string; data: Buffer; mime: string }) {
    return {
      file_id: fileId,
      file_unique_id: fileId,
      file_name: file.name,
      mime_type: file.mime,
      file_size: file.data.length,
    };
  }
}

/**
 * Parses a multipart/form-data body into the method's parameters: plain parts become strings, and a parameter
 * whose value is `attach://<part>` becomes that part's file.
 */
export function parseMultipart(body: Buffer, contentType: string): Record<string, unknown> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) throw new BotApiError(400, 'Bad Request: multipart body without a boundary');
  const delimiter = Buffer.from(`--${marker}`);
  const fields: Record<string, string> = {};
  const files: Record<string, UploadedFile> = {};
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    let start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    if (body.subarray(start, start + 2).toString() === '\r\n') start += 2;
    const next = body.indexOf(delimiter, start);
    if (next < 0) break;
    const part = body.subarray(start, next - 2); // without the CRLF before the next delimiter
    const split = part.indexOf('\r\n\r\n');
    if (split >= 0) {
      const headers = part.subarray(0, split).toString('utf8');
      const content = part.subarray(split + 4);
      const name = /name="([^"]*)"/i.exec(headers)?.[1];
      const filename = /filename="?([^";\r\n]*)"?/i.exec(headers)?.[1];
      if (name !== undefined) {
        if (filename !== undefined) files[name] = { filename, data: Buffer.from(content) };
        else fields[name] = content.toString('utf8');
      }
    }
    at = next;
  }
  const params: Record<string, unknown> = { ...fields };
  for (const [key, value] of Object.entries(fields)) {
    const attached = /^attach:\/\/(.+)$/.exec(value)?.[1];
    if (attached && files[attached]) params[key] = files[attached];
  }
  return params;
}
