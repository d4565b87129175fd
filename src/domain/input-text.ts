// What people type, cleaned before it is stored or validated: control characters (NUL among them) and
// invisible format characters (zero-width spaces, bidi overrides, byte-order marks) are removed, so a reason of
// zero-width spaces is empty and `/start ab\0cd` is `/start abcd`. What makes emoji whole stays: the
// zero-width joiner and non-joiner, and the tag characters of subdivision flags.

const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
const KEPT = new Set(['\t', '\n', '\r', '\u200c', '\u200d']);

export function cleanInput(text: string): string {
  return text.replace(INVISIBLE, (c) => (KEPT.has(c) || isEmojiTag(c) ? c : ''));
}

function isEmojiTag(c: string): boolean {
  const code = c.codePointAt(0) ?? 0;
  return code >= 0xe0020 && code <= 0xe007f;
}
