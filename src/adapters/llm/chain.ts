// The model chain: providers tried in order (LLM_BASE_URL's model, then LLM_FALLBACKS). A provider that fails
// (an error status, no answer, a timeout) hands over to the next; one that keeps failing is skipped for a
// while by its circuit breaker. Every call's outcome is counted per provider.
import type { Logger } from 'pino';
import type { Clock } from '../../domain/clock.ts';
import {
  admit,
  type CircuitRule,
  type CircuitState,
  CLOSED,
  failed,
  succeeded,
} from '../../domain/conversation/circuit.ts';
import type { Metrics } from '../http/metrics.ts';
import { type ChatMessage, type ChatProvider, type Completion, ProviderError } from './openai-compatible.ts';

export const DEFAULT_CIRCUIT: CircuitRule = { threshold: 3, coolDownMs: 30_000 };

export class NoProviderAnswered extends Error {
  override name = 'NoProviderAnswered';
}

export class ModelChain {
  private readonly circuits = new Map<string, CircuitState>();

  constructor(
    readonly providers: readonly ChatProvider[],
    private readonly deps: { clock: Clock; log: Logger; metrics?: Metrics; circuit?: CircuitRule },
  ) {}

  /** The first answer of the chain; NoProviderAnswered when every provider failed or was skipped. */
  async complete(messages: readonly ChatMessage[], options?: { maxTokens?: number }): Promise<Completion> {
    const rule = this.deps.circuit ?? DEFAULT_CIRCUIT;
    for (const provider of this.providers) {
      const now = this.deps.clock.now().getTime();
      const gate = admit(this.circuits.get(provider.name) ?? CLOSED, now);
      this.circuits.set(provider.name, gate.state);
      if (!gate.allowed) {
        this.count(provider, 'open_circuit');
        continue;
      }
      try {
        const completion = await provider.complete(messages, options);
        this.circuits.set(provider.name, succeeded());
        this.count(provider, 'ok');
        return completion;
      } catch (error) {
        const state = failed(
          this.circuits.get(provider.name) ?? CLOSED,
          rule,
          this.deps.clock.now().getTime(),
        );
        this.circuits.set(provider.name, state);
        const kind = error instanceof ProviderError ? error.kind : 'error';
        this.count(provider, kind === 'timeout' ? 'timeout' : 'error');
        this.deps.log.warn(
          { provider: provider.name, failure: kind, circuit: state.kind, err: error },
          'model provider failed; trying the next',
        );
      }
    }
    throw new NoProviderAnswered('no model provider answered');
  }

  /** Each provider's circuit, for diagnostics and tests. */
  circuitOf(name: string): CircuitState['kind'] {
    return (this.circuits.get(name) ?? CLOSED).kind;
  }

  private count(provider: ChatProvider, outcome: string): void {
    this.deps.metrics?.conversationProvider.inc({ provider: provider.name, outcome });
  }
}
