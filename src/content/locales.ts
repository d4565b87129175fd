// Every user-facing string comes from the pack's Fluent files: locales/<lang>/*.ftl.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { ContentError, type Diagnostic } from './yaml-source.ts';

export type TranslationArgs = Record<string, FluentVariable>;
export type Translate = (key: string, args?: TranslationArgs) => string;

export interface Locales {
  readonly codes: readonly string[];
  readonly defaultLocale: string;
  /** Message ids defined per locale, for the content checker. */
  keys(locale: string): ReadonlySet<string>;
  has(locale: string, key: string): boolean;
  translate(locale: string, key: string, args?: TranslationArgs): string;
  /** Picks the pack locale for a Telegram language_code ("en-GB" -> "en"), or the default. */
  resolve(languageCode: string | undefined): string;
  /** Where each message id is defined, for diagnostics. */
  whereIs(locale: string, key: string): { file: string; line: number } | undefined;
  /**
   * Messages written in a file that Fluent could not parse: the bundle drops them, and people would see their
   * id instead of a text. The content checker reports them.
   */
  unparsed(locale: string): ReadonlyArray<{ key: string; file: string; line: number }>;
}

interface LocaleData {
  bundle: FluentBundle;
  keys: Set<string>;
  positions: Map<string, { file: string; line: number }>;
  unparsed: Array<{ key: string; file: string; line: number }>;
}

export function loadLocales(dir: string, codes: readonly string[], defaultLocale: string): Locales {
  const data = new Map<string, LocaleData>();
  const problems: Diagnostic[] = [];
  for (const code of codes) {
    const bundle = new FluentBundle(code, { useIsolating: false });
    const keys = new Set<string>();
    const positions = new Map<string, { file: string; line: number }>();
    const unparsed: LocaleData['unparsed'] = [];
    const localeDir = join(dir, 'locales', code);
    let files: string[] = [];
    try {
      files = readdirSync(localeDir).filter((f) => f.endsWith('.ftl'));
    } catch {
      problems.push({
        file: relative(process.cwd(), localeDir),
        line: 0,
        message: `locale "${code}" has no folder`,
      });
    }
    for (const name of files.sort()) {
      const path = join(localeDir, name);
      const file = relative(process.cwd(), path);
      const text = readFileSync(path, 'utf8');
      const errors = bundle.addResource(new FluentResource(text));
      for (const e of errors) problems.push({ file, line: 1, message: e.message });
      text.split('\n').forEach((line, i) => {
        const match = /^([a-zA-Z][\w-]*)\s*=/.exec(line);
        if (!match?.[1]) return;
        if (keys.has(match[1]))
          problems.push({ file, line: i + 1, message: `"${match[1]}" is defined twice` });
        // Fluent drops a message it cannot parse, silently: it is not counted as defined.
        if (!bundle.hasMessage(match[1])) {
          unparsed.push({ key: match[1], file, line: i + 1 });
          return;
        }
        keys.add(match[1]);
        positions.set(match[1], { file, line: i + 1 });
      });
    }
    data.set(code, { bundle, keys, positions, unparsed });
  }
  if (problems.length > 0) throw new ContentError(problems);

  const translate = (locale: string, key: string, args?: TranslationArgs): string => {
    for (const code of [locale, defaultLocale]) {
      const bundle = data.get(code)?.bundle;
      const message = bundle?.getMessage(key);
      // A missing argument shows as {$name} instead of failing the whole reply.
      if (bundle && message?.value) return bundle.formatPattern(message.value, args, []);
    }
    return key;
  };

  return {
    codes,
    defaultLocale,
    keys: (locale) => data.get(locale)?.keys ?? new Set(),
    has: (locale, key) => data.get(locale)?.keys.has(key) ?? false,
    translate,
    resolve: (languageCode) => {
      const base = languageCode?.toLowerCase().split(/[-_]/)[0];
      return base && data.has(base) ? base : defaultLocale;
    },
    whereIs: (locale, key) => data.get(locale)?.positions.get(key),
    unparsed: (locale) => data.get(locale)?.unparsed ?? [],
  };
}
