// One OpenAI-compatible chat-completions endpoint (hosted APIs, llama.cpp, vLLM, Ollama...), through Node's
// fetch. Streaming (server-sent events) or not; either way the call gives up when no first token arrives in
// `firstTokenMs` or the whole reply takes longer than `totalMs`, so the chain can move to the next provider.

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface Completion {
  text: string;
  model: string;
  promptTokens: number;
  completionTokens: number;
  /** Whether the endpoint reported usage (otherwise tokens are estimated from the text's length). */
  measured: boolean;
}

export interface ChatProvider {
  /** Shown in logs and metrics: the model and the endpoint's host. */
  readonly name: string;
  readonly model: string;
  complete(messages: readonly ChatMessage[], options?: { maxTokens?: number }): Promise<Completion>;
}

export type ProviderFailure = 'http' | 'timeout' | 'network' | 'empty' | 'malformed';

export class ProviderError extends Error {
  override name = 'ProviderError';
  constructor(
    readonly provider: string,
    readonly kind: ProviderFailure,
    message: string,
    readonly status?: number,
  ) {
    super(`${provider}: ${message}`);
  }
}

export interface EndpointOptions {
  baseUrl: string;
  apiKey: string | undefined;
  model: string;
  stream: boolean;
  firstTokenMs: number;
  totalMs: number;
}

/** Roughly four characters per token: the estimate when an endpoint does not report usage. */
export const estimateTokens = (text: string) => Math.ceil(text.length / 4);

export class OpenAiCompatibleProvider implements ChatProvider {
  readonly name: string;
  readonly model: string;

  constructor(private readonly options: EndpointOptions) {
    this.model = options.model;
    this.name = `${options.model}@${hostOf(options.baseUrl)}`;
  }

  async complete(messages: readonly ChatMessage[], { maxTokens = 400 } = {}): Promise<Completion> {
    const { baseUrl, apiKey, model, stream, firstTokenMs, totalMs } = this.options;
    const controller = new AbortController();
    let reason: 'first' | 'total' | undefined;
    const total = setTimeout(() => {
      reason = 'total';
      controller.abort();
    }, totalMs);
    let first: NodeJS.Timeout | undefined = setTimeout(() => {
      reason = 'first';
      controller.abort();
    }, firstTokenMs);
    const gotFirstToken = () => {
      if (first) clearTimeout(first);
      first = undefined;
    };
    try {
      const response = await fetch(`${baseUrl}/chat/completions`, {
        method: 'POST',
        signal: controller.signal,
        headers: {
          'content-type': 'application/json',
          ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
        },
        body: JSON.stringify({
          model,
          messages,
          max_tokens: maxTokens,
          temperature: 0.8,
          ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}),
        }),
      });
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        throw new ProviderError(this.name, 'http', `HTTP ${response.status}`, response.status);
      }
      const result = stream
        ? await this.readStream(response, gotFirstToken)
        : await this.readJson(response, gotFirstToken);
      if (result.text.trim() === '') throw new ProviderError(this.name, 'empty', 'an empty reply');
      const promptTokens = result.promptTokens ?? estimateTokens(messages.map((m) => m.content).join('\n'));
      const completionTokens = result.completionTokens ?? estimateTokens(result.text);
      return {
        text: result.text.trim(),
        model,
        promptTokens,
        completionTokens,
        measured: result.promptTokens !== undefined,
      };
    } catch (error) {
      if (error instanceof ProviderError) throw error;
      if (reason) {
        throw new ProviderError(
          this.name,
          'timeout',
          reason === 'first'
            ? `no first token within ${firstTokenMs} ms`
            : `no full reply within ${totalMs} ms`,
        );
      }
      throw new ProviderError(this.name, 'network', (error as Error).message);
    } finally {
      clearTimeout(total);
      if (first) clearTimeout(first);
    }
  }

  private async readJson(response: Response, gotFirstToken: () => void): Promise<RawReply> {
    const body = (await response.json().catch(() => undefined)) as
      | { choices?: Array<{ message?: { content?: string } }>; usage?: Usage }
      | undefined;
    gotFirstToken();
    const text = body?.choices?.[0]?.message?.content;
    if (typeof text !== 'string')
      throw new ProviderError(this.name, 'malformed', 'no choices[0].message.content');
    return { text, ...usageOf(body?.usage) };
  }

  private async readStream(response: Response, gotFirstToken: () => void): Promise<RawReply> {
    if (!response.body) throw new ProviderError(this.name, 'malformed', 'a stream without a body');
    const decoder = new TextDecoder();
    let buffer = '';
    let text = '';
    let usage: Pick<RawReply, 'promptTokens' | 'completionTokens'> = {};
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end = buffer.indexOf('\n');
      while (end >= 0) {
        const line = buffer.slice(0, end).trim();
        buffer = buffer.slice(end + 1);
        end = buffer.indexOf('\n');
        if (!line.startsWith('data:')) continue;
        const data = line.slice(5).trim();
        if (data === '[DONE]') return { text, ...usage };
        let event: { choices?: Array<{ delta?: { content?: string } }>; usage?: Usage };
        try {
          event = JSON.parse(data);
        } catch {
          throw new ProviderError(this.name, 'malformed', 'an event that is not JSON');
        }
        const piece = event.choices?.[0]?.delta?.content;
        if (piece) {
          gotFirstToken();
          text += piece;
        }
        if (event.usage) usage = usageOf(event.usage);
      }
    }
    return { text, ...usage };
  }
}

interface RawReply {
  text: string;
  promptTokens?: number;
  completionTokens?: number;
}

interface Usage {
  prompt_tokens?: number;
  completion_tokens?: number;
}

function usageOf(usage: Usage | undefined): Pick<RawReply, 'promptTokens' | 'completionTokens'> {
  if (typeof usage?.prompt_tokens !== 'number' || typeof usage.completion_tokens !== 'number') return {};
  return { promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
