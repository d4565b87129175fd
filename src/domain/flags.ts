// Feature flags: which subsystems run, for whom. A rule is on or off, reaches a percentage of people (each
// person's place in the rollout comes from a hash of the flag and their id, so it never changes between
// updates or instances), and may be narrowed to a segment (VIP or not, some languages). Pure: no I/O.

/** The subsystems an operator can switch off without a restart. */
export const FLAG_NAMES = ['vip_sales', 'channel_rewards', 'conversation'] as const;
export type FlagName = (typeof FLAG_NAMES)[number];

export interface FlagSegment {
  /** true: VIP only; false: everyone but VIP; absent: both. */
  vip?: boolean;
  /** Only people whose language is one of these (absent: every language). */
  languages?: string[];
}

export interface FlagRule {
  enabled: boolean;
  /** 0–100: the share of people (in the segment) it is on for. */
  percent: number;
  segment: FlagSegment;
}

/** Who a flag is read for. */
export interface FlagSubject {
  id: number;
  language: string;
  vip: boolean;
}

export const FLAG_ON: FlagRule = { enabled: true, percent: 100, segment: {} };

export function isFlagName(name: string): name is FlagName {
  return (FLAG_NAMES as readonly string[]).includes(name);
}

/** FNV-1a (32 bits) of the text: stable across processes and versions of Node. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The person's place (0–99) in a rollout: the same flag and person give the same place everywhere. */
export function rolloutBucket(salt: string, personId: number): number {
  return stableHash(`${salt}:${personId}`) % 100;
}

/**
 * Whether the rule holds for this person. Without a person (a decision for the whole system) only the
 * switch counts: a percentage or a segment needs someone to apply to.
 */
export function evaluateFlag(name: string, rule: FlagRule, subject?: FlagSubject): boolean {
  if (!rule.enabled) return false;
  if (!subject) return true;
  const { vip, languages } = rule.segment;
  if (vip !== undefined && vip !== subject.vip) return false;
  if (languages && languages.length > 0 && !languages.includes(subject.language)) return false;
  if (rule.percent >= 100) return true;
  return rolloutBucket(name, subject.id) < rule.percent;
}

/** A one-line description of a rule for the admin menu and the audit log (e.g. "on · 25% · VIP · es,en"). */
export function describeRule(rule: FlagRule): string {
  if (!rule.enabled) return 'off';
  const parts = ['on'];
  if (rule.percent < 100) parts.push(`${rule.percent}%`);
  if (rule.segment.vip === true) parts.push('VIP');
  if (rule.segment.vip === false) parts.push('no VIP');
  if (rule.segment.languages?.length) parts.push(rule.segment.languages.join(','));
  return parts.join(' · ');
}

/**
 * Reads an admin's segment as typed: `all`, `vip`, `novip`, language codes, or a mix (`vip es en`).
 * Undefined when a word is not understood.
 */
export function parseSegment(text: string): FlagSegment | undefined {
  const words = text
    .trim()
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  if (words.length === 0) return undefined;
  const segment: FlagSegment = {};
  const languages: string[] = [];
  for (const word of words) {
    if (word === 'all' || word === 'todos') continue;
    if (word === 'vip') segment.vip = true;
    else if (word === 'novip' || word === 'no-vip') segment.vip = false;
    else if (/^[a-z]{2}$/.test(word)) languages.push(word);
    else return undefined;
  }
  if (languages.length) segment.languages = [...new Set(languages)];
  return segment;
}
