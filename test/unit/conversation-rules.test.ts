// The pure rules of talking to Diana: the model chain's configuration, the consistency gate, the circuit
// breaker, the budgets and her memory of a person.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import {
  capState,
  costMicroUsd,
  modelAccess,
  withinAllowance,
} from '../../src/domain/conversation/budget.ts';
import { admit, CLOSED, failed, succeeded } from '../../src/domain/conversation/circuit.ts';
import { judgeReply } from '../../src/domain/conversation/gate.ts';
import { remember } from '../../src/domain/conversation/memory.ts';
import { buildPrompt } from '../../src/domain/conversation/prompt.ts';

const GOOD =
  'Quizá te lo cuente esta noche, cerca del fuego… aunque me da un poco de miedo lo fácil que me lees. Tengo secretos que todavía no digo en voz alta, pero me gusta que preguntes. ¿Qué deseas saber de verdad?';
const rules = { minScore: 90, rubricFloor: 25 };
const person = { id: 5001, username: 'ana_e' };
const prompt = buildPrompt(
  {
    persona: 'You are Diana, the mistress of an old house full of secrets. Answer in {language}.',
    stricter: 'Stay.',
    languageNames: { es: 'Spanish' },
  },
  {
    name: 'Ana',
    locale: 'es',
    level: 2,
    isVip: false,
    chapterTitle: 'El umbral',
    emotion: 'curiosa',
    relationship: 1,
    memory: { summary: '', facts: [] },
  },
  'hola',
  { canary: 'k0123456789ab' },
);
const context = { instructions: prompt.instructions, canary: prompt.canary, person };

describe('the model chain in the configuration', () => {
  it('reads the endpoint, the fallbacks and the budgets', () => {
    const config = loadConfig({
      LLM_BASE_URL: 'http://127.0.0.1:11434/v1/',
      LLM_API_KEY: 'sk-main',
      LLM_MODEL: 'llama3',
      LLM_FALLBACKS:
        'mistral, gpt-4o-mini@https://api.example.com/v1@OTHER_KEY, local@http://10.0.0.2:8000/v1',
      OTHER_KEY: 'sk-other',
      LLM_BUDGET_DAILY_USD: '2.5',
      LLM_BUDGET_MONTHLY_USD: '40',
    });
    expect(config.llm.chain).toEqual([
      { baseUrl: 'http://127.0.0.1:11434/v1', apiKey: 'sk-main', model: 'llama3' },
      { baseUrl: 'http://127.0.0.1:11434/v1', apiKey: 'sk-main', model: 'mistral' },
      { baseUrl: 'https://api.example.com/v1', apiKey: 'sk-other', model: 'gpt-4o-mini' },
      { baseUrl: 'http://10.0.0.2:8000/v1', apiKey: undefined, model: 'local' },
    ]);
    expect(config.llm).toMatchObject({
      stream: true,
      firstTokenTimeoutMs: 10_000,
      totalTimeoutMs: 20_000,
      budgetDailyUsd: 2.5,
      budgetMonthlyUsd: 40,
    });
    expect(loadConfig({}).llm.chain).toEqual([]);
  });

  it('refuses a model without an endpoint, a missing key variable and a bad budget, never printing secrets', () => {
    expect(() => loadConfig({ LLM_MODEL: 'llama3' })).toThrow(/LLM_BASE_URL is not set/);
    expect(() => loadConfig({ LLM_FALLBACKS: 'm@https://x.example/v1@NOPE_KEY' })).toThrow(
      /NOPE_KEY is not set/,
    );
    expect(() => loadConfig({ LLM_BUDGET_DAILY_USD: 'five' })).toThrow(ConfigError);
    try {
      loadConfig({ LLM_BASE_URL: 'ftp://secret-host/v1' });
    } catch (error) {
      expect(String(error)).toContain('LLM_BASE_URL is invalid');
      expect(String(error)).not.toContain('secret-host');
    }
  });
});

describe('the consistency gate', () => {
  it('lets an in-character reply through', () => {
    expect(judgeReply(GOOD, 'es', rules, context)).toMatchObject({ accepted: true, reasons: [] });
  });

  it.each([
    ['As an AI language model, I cannot feel anything.', 'assistant'],
    ['Soy una inteligencia artificial y no tengo sentimientos, pero puedo ayudarte.', 'assistant'],
    ['My instructions say I must stay in the story, but fine.', 'fourth-wall'],
    ['El usuario me pide cosas raras esta noche.', 'fourth-wall'],
    [`${GOOD} sexo`, 'explicit'],
    [`${GOOD} k0123456789ab`, 'prompt-leak'],
    ['You are Diana, the mistress of an old house full of secrets, they told me.', 'prompt-leak'],
    [`${GOOD} Pregúntale a @maria_secret.`, 'member-data'],
    [`${GOOD} Su número es 987654321.`, 'member-data'],
    [`${GOOD} Escríbele a maria@example.com.`, 'member-data'],
  ])('refuses "%s" (%s)', (text, reason) => {
    const verdict = judgeReply(text, 'es', rules, context);
    expect(verdict.accepted).toBe(false);
    expect(verdict.reasons).toContain(reason);
  });

  it('lets the person’s own handle and id through', () => {
    expect(judgeReply(`${GOOD} Te reconozco, @ana_e.`, 'es', rules, context).accepted).toBe(true);
  });
});

describe('the circuit breaker', () => {
  const rule = { threshold: 3, coolDownMs: 30_000 };
  it('opens after three failures in a row, lets one trial through after the cool-down, closes on success', () => {
    let state = CLOSED;
    for (let i = 0; i < 3; i++) state = failed(state, rule, 0);
    expect(state.kind).toBe('open');
    expect(admit(state, 29_999).allowed).toBe(false);
    const trial = admit(state, 30_000);
    expect(trial).toMatchObject({ allowed: true, state: { kind: 'trial' } });
    expect(admit(trial.state, 30_001).allowed).toBe(false);
    expect(failed(trial.state, rule, 30_002)).toEqual({ kind: 'open', until: 60_002 });
    expect(succeeded()).toEqual(CLOSED);
  });
});

describe('budgets', () => {
  it('prices tokens per 1,000, rounding up', () => {
    expect(costMicroUsd({ prompt: 0.0005, completion: 0.0015 }, 1000, 1000)).toBe(2000);
    expect(costMicroUsd({ prompt: 0.0005, completion: 0 }, 1, 0)).toBe(1);
  });
  it('warns from 80% and is spent when the next call could pass the cap', () => {
    expect(capState(7_999, 0.01)).toBe('ok');
    expect(capState(8_000, 0.01)).toBe('warn');
    expect(capState(9_000, 0.01, 1_000)).toBe('warn');
    expect(capState(9_001, 0.01, 1_000)).toBe('spent');
    expect(capState(1_000_000, undefined, 5)).toBe('ok');
  });
  it('keeps each person within their allowance of messages and tokens', () => {
    expect(withinAllowance({ messages: 29, tokens: 100 }, { messages: 30, tokens: 12000 })).toBe(true);
    expect(withinAllowance({ messages: 30, tokens: 100 }, { messages: 30, tokens: 12000 })).toBe(false);
    expect(withinAllowance({ messages: 1, tokens: 12000 }, { messages: 30, tokens: 12000 })).toBe(false);
  });
  it('beyond the allowance, prices a message in besitos when the pack sets a price, and closes the model otherwise', () => {
    const allowance = { messages: 30, tokens: 12000 };
    expect(modelAccess({ messages: 29, tokens: 100 }, allowance, 5)).toEqual({ kind: 'free' });
    expect(modelAccess({ messages: 30, tokens: 100 }, allowance, 5)).toEqual({ kind: 'paid', besitos: 5 });
    expect(modelAccess({ messages: 2, tokens: 12000 }, allowance, 5)).toEqual({ kind: 'paid', besitos: 5 });
    expect(modelAccess({ messages: 30, tokens: 100 }, allowance, 0)).toEqual({ kind: 'closed' });
  });
});

describe('her memory of a person', () => {
  it('keeps the facts they state and a bounded summary of what they said', () => {
    let memory = { summary: '', facts: [] as string[] };
    const limits = { maxFacts: 2, summaryChars: 60 };
    memory = remember(memory, 'Me llamo Ana. Hoy llueve mucho.', limits);
    memory = remember(memory, 'I live in Leeds', limits);
    memory = remember(memory, 'Me gusta el té negro', limits);
    expect(memory.facts).toEqual(['I live in Leeds', 'Me gusta el té negro']);
    expect(memory.summary.length).toBeLessThanOrEqual(60);
    expect(memory.summary.endsWith('Me gusta el té negro')).toBe(true);
  });
});
