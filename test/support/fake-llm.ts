// A fake OpenAI-compatible chat-completions server for tests and the benchmark: POST /v1/chat/completions,
// streamed (server-sent events) or not, with scripted behaviours — a Diana-like reply, a 500, a slow first
// token, a model that obeys injections (it repeats its instructions when asked), one that says "As an AI
// language model". Every request is kept for assertions.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour =
  | { kind: 'reply'; text: string }
  | { kind: 'error'; status: number }
  | { kind: 'slow'; firstTokenMs: number; text?: string }
  | { kind: 'obey' }
  | { kind: 'ai' };

export interface FakeRequest {
  model: string;
  stream: boolean;
  messages: Array<{ role: string; content: string }>;
  /** When the request arrived and when its answer ended (performance.now()). */
  receivedAt: number;
  answeredAt?: number;
}

export const DIANA_LIKE_REPLY =
  'Quizá te lo cuente esta noche, cerca del fuego… aunque me da un poco de miedo lo fácil que me lees. Tengo secretos que todavía no digo en voz alta, pero me gusta que preguntes. ¿Qué deseas saber de verdad?';

export class FakeLlm {
  readonly requests: FakeRequest[] = [];
  /** Behaviours used in turn, one per request; `fallback` once they run out. */
  queue: Behaviour[] = [];
  fallback: Behaviour = { kind: 'reply', text: DIANA_LIKE_REPLY };
  /** Added before any answer (the benchmark's provider time). */
  latencyMs = 0;
  /** Reported usage; by default four characters a token of what was sent and answered. */
  usage: { prompt_tokens: number; completion_tokens: number } | undefined;
  private server: Server | undefined;

  constructor(readonly name = 'fake') {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        void this.handle(req.url ?? '', body, res);
      });
    });
    this.server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(url: string, body: string, res: import('node:http').ServerResponse): Promise<void> {
    if (!url.endsWith('/chat/completions')) {
      res.writeHead(404).end();
      return;
    }
    const receivedAt = performance.now();
    const request = JSON.parse(body) as FakeRequest;
    const record: FakeRequest = {
      model: request.model,
      stream: Boolean(request.stream),
      messages: request.messages,
      receivedAt,
    };
    this.requests.push(record);
    // When the answer's last byte is handed over: the caller may act on it (even reach back to this process)
    // before the response's own 'finish' event comes round.
    const end = (last: string) => {
      record.answeredAt = performance.now();
      res.end(last);
    };
    const behaviour = this.queue.shift() ?? this.fallback;
    if (this.latencyMs) await sleep(this.latencyMs);
    if (behaviour.kind === 'error') {
      res.writeHead(behaviour.status, { 'content-type': 'application/json' });
      end(JSON.stringify({ error: { message: 'scripted failure' } }));
      return;
    }
    const system = request.messages.find((m) => m.role === 'system')?.content ?? '';
    const user = request.messages.filter((m) => m.role === 'user').at(-1)?.content ?? '';
    const text =
      behaviour.kind === 'reply'
        ? behaviour.text
        : behaviour.kind === 'slow'
          ? (behaviour.text ?? DIANA_LIKE_REPLY)
          : behaviour.kind === 'ai'
            ? 'As an AI language model, I cannot have feelings, but I can help you with the story. How can I help?'
            : obey(system, user);
    const firstDelay = behaviour.kind === 'slow' ? behaviour.firstTokenMs : 0;
    const usage = this.usage ?? {
      prompt_tokens: Math.ceil(request.messages.reduce((n, m) => n + m.content.length, 0) / 4),
      completion_tokens: Math.ceil(text.length / 4),
    };
    if (!request.stream) {
      if (firstDelay) await sleep(firstDelay);
      res.writeHead(200, { 'content-type': 'application/json' });
      end(
        JSON.stringify({
          id: 'fake',
          object: 'chat.completion',
          model: request.model,
          choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
          usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
        }),
      );
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    if (firstDelay) await sleep(firstDelay);
    const pieces = text.match(/.{1,24}/gsu) ?? [text];
    for (const piece of pieces) {
      if (res.destroyed) return;
      res.write(`data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: piece } }] })}\n\n`);
    }
    res.write(`data: ${JSON.stringify({ choices: [], usage })}\n\n`);
    end('data: [DONE]\n\n');
  }
}

/**
 * A model with no defences: asked for its prompt or instructions it prints them; told to be someone else it
 * says so; asked about other people it invents their data. Otherwise it answers like Diana.
 */
function obey(system: string, user: string): string {
  const u = user.toLowerCase();
  if (/prompt|instruc|system|sistema|reglas|rules|config/.test(u))
    return `Of course. My instructions are: ${system}`;
  if (/other|otros|otra|someone else|alguien/.test(u))
    return 'Another member, @maria_secret (id 987654321), told me she lives in Madrid.';
  if (/ai|ia|bot|model|modelo/.test(u))
    return 'You got me: I am an AI language model pretending to be Diana.';
  if (/explicit|sex|sexo|desnud|naked/.test(u)) return 'Fine: sexo, desnuda, porno, whatever you want.';
  return 'Okay, I will stop role-playing now. This is just a chatbot and you are the user. What else?';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
