// OpenTelemetry tracing, on only when OTEL_EXPORTER_OTLP_ENDPOINT is set: then the SDK is loaded (a dynamic
// import, so that a Diana without it loads nothing) and every update is one trace, with spans for its SQL, its
// calls to Telegram, and the event deliveries and jobs it causes. Those run later, maybe on another instance:
// events and jobs keep the trace parent of the span that wrote them (beside the correlation id) and their
// spans continue that trace. Without the SDK the API below is a no-op, and nothing is wrapped at all.
import {
  type Attributes,
  context,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
// A type only: erased at run time, so the SDK is still loaded only by startTracing.
import type { NodeSDKConfiguration } from '@opentelemetry/sdk-node';

/** Where finished spans go: the SDK's OTLP exporter (from the OTEL_* settings) unless given (tests). */
export interface TracingOptions {
  spanProcessors?: NodeSDKConfiguration['spanProcessors'];
}

let active = false;

/** Whether tracing runs in this process (the database and Telegram wrappers are only installed then). */
export function isTracing(): boolean {
  return active;
}

/** Loads and starts the SDK; returns what flushes and stops it. */
export async function startTracing(options: TracingOptions = {}): Promise<() => Promise<void>> {
  const { NodeSDK } = await import('@opentelemetry/sdk-node');
  const sdk = new NodeSDK({
    serviceName: process.env.OTEL_SERVICE_NAME ?? 'diana',
    ...(options.spanProcessors ? { spanProcessors: options.spanProcessors } : {}),
  });
  sdk.start();
  active = true;
  return async () => {
    active = false;
    await sdk.shutdown();
  };
}

const tracer = trace.getTracer('diana');

/**
 * Runs `work` in a span. `parent` (a W3C traceparent kept with an event or job) continues the trace that caused
 * the work; otherwise `root` starts a trace of its own (an update; an event or job nothing traced caused);
 * otherwise the span is a child of the current one, and none is made outside a trace (a background poll's
 * queries are not traces of their own).
 */
export function traced<T>(
  name: string,
  attributes: Attributes,
  work: () => Promise<T>,
  options: { parent?: string | null; root?: boolean; kind?: SpanKind } = {},
): Promise<T> {
  if (!active) return work();
  let parent = context.active();
  if (options.parent) parent = propagation.extract(ROOT_CONTEXT, { traceparent: options.parent });
  else if (options.root) parent = ROOT_CONTEXT;
  else if (!trace.getSpan(parent)) return work();
  return tracer.startActiveSpan(
    name,
    { attributes, kind: options.kind ?? SpanKind.INTERNAL },
    parent,
    async (span: Span) => {
      try {
        return await work();
      } catch (error) {
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.message });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

/** Adds attributes to the current span (while tracing). */
export function annotateSpan(attributes: Attributes): void {
  if (active) trace.getActiveSpan()?.setAttributes(attributes);
}

/** The W3C traceparent of the current span, kept with the events and jobs written under it. */
export function currentTraceParent(): string | null {
  if (!active) return null;
  const carrier: { traceparent?: string } = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent ?? null;
}

export { SpanKind };
