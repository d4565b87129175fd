// Input cleaning: invisible and control characters never reach storage or validation; emoji stay whole.
import { describe, expect, it } from 'vitest';
import { parseAdjustment } from '../../src/domain/admin-input.ts';
import { cleanInput } from '../../src/domain/input-text.ts';

describe('cleanInput', () => {
  it('removes NUL, other control characters and invisible format characters', () => {
    expect(cleanInput('/start ab\0cd')).toBe('/start abcd');
    expect(cleanInput('a\u200bb\u2060c\ufeffd\u202ee\u0007f')).toBe('abcdef');
  });

  it('keeps line breaks, tabs and what makes emoji whole', () => {
    const family = '👨\u200d👩\u200d👧';
    const scotland = '🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}';
    expect(cleanInput(`uno\ndos\tres ${family} ${scotland}`)).toBe(`uno\ndos\tres ${family} ${scotland}`);
  });

  it('leaves a reason of zero-width spaces empty, so it is refused', () => {
    expect(parseAdjustment(cleanInput('50 \u200b\u200b\u200b\u200b'))).toBe('reason');
  });
});
