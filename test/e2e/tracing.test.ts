// Tracing with OpenTelemetry (spans kept in memory here, sent over OTLP in production): one update through the
// emulated Telegram is one trace with its SQL, its calls to Telegram and the event deliveries it caused; a Stars
// payment's trace goes on into the job it scheduled (the VIP channel's entry), run later by the job runner.
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/domain/clock.ts';
import { startTracing } from '../../src/tracing.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';

describe('tracing', () => {
  let t: TestDiana;
  let stopTracing: () => Promise<void>;
  const exporter = new InMemorySpanExporter();
  const clock = new ManualClock('2026-04-01T18:00:00Z');
  beforeAll(async () => {
    stopTracing = await startTracing({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    t = await startTestDiana({ clock });
  });
  afterAll(async () => {
    await t?.stop();
    await stopTracing?.();
  });

  const spans = () => exporter.getFinishedSpans();
  /** Every span of the trace hangs from a span of the same trace (nothing dangles from elsewhere). */
  const connected = (trace: ReadableSpan[]) => {
    const ids = new Set(trace.map((s) => s.spanContext().spanId));
    return trace.every((s) => !s.parentSpanContext || ids.has(s.parentSpanContext.spanId));
  };

  it('shows one update’s SQL, Telegram calls and the event deliveries it caused under one trace id', async () => {
    exporter.reset();
    const ana = t.client({ id: uniqueUserId() });
    await ana.send('/start');
    await t.settle();

    const updates = spans().filter((s) => s.name === 'update');
    expect(updates).toHaveLength(1);
    const root = updates[0]!;
    expect(root.parentSpanContext).toBeUndefined();
    const updateId = root.attributes['telegram.update_id'];
    expect(updateId).toEqual(expect.any(Number));
    expect(root.attributes['diana.correlation_id']).toBe(`u${updateId}`);

    const trace = spans().filter((s) => s.spanContext().traceId === root.spanContext().traceId);
    const names = trace.map((s) => s.name);
    expect(names).toContain('sql INSERT');
    expect(names).toContain('telegram sendMessage');
    expect(names).toEqual(expect.arrayContaining(['event UserRegistered', 'event BesitosAwarded']));
    expect(connected(trace)).toBe(true);
    // The deliveries ran after the update was answered, and still name its correlation id.
    const delivery = trace.find((s) => s.name === 'event UserRegistered')!;
    expect(delivery.attributes['diana.correlation_id']).toBe(`u${updateId}`);
    expect(
      trace.some(
        (s) => s.name.startsWith('sql') && s.parentSpanContext?.spanId === delivery.spanContext().spanId,
      ),
    ).toBe(true);
  });

  it('carries a payment’s trace into the job it scheduled', async () => {
    const bea = t.client({ id: uniqueUserId() });
    await bea.send('/start');
    await bea.send('/diana');
    const screen = await bea.press('VIP');
    const invoiceSent = bea.nextBotMessage();
    await bea.press('VIP · 30 noches', screen.message);
    const invoice = await invoiceSent;
    exporter.reset();
    expect((await t.emulator.payments.pay(bea.id, invoice.message_id)).ok).toBe(true);
    await t.settle();

    const job = spans().find((s) => s.name === 'job vip-entry');
    expect(job).toBeDefined();
    const trace = spans().filter((s) => s.spanContext().traceId === job!.spanContext().traceId);
    const root = trace.find((s) => s.name === 'update' && !s.parentSpanContext);
    expect(root).toBeDefined();
    expect(job!.attributes['diana.correlation_id']).toBe(root!.attributes['diana.correlation_id']);
    expect(trace.map((s) => s.name)).toEqual(
      expect.arrayContaining(['event PaymentReceived', 'event VipGranted']),
    );
    expect(connected(trace)).toBe(true);
  });
});
