// Which host names and addresses stay on this machine: the sandbox only listens on them, and only answers
// requests addressed to them (a page on another site that resolves its name to 127.0.0.1 gets nothing).

/** True for localhost, 127.0.0.0/8 and ::1 (with or without brackets, or IPv4-mapped). */
export function isLoopback(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost' || h.endsWith('.localhost') || h === '::1') return true;
  const v4 = h.startsWith('::ffff:') ? h.slice('::ffff:'.length) : h;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** The host of a Host header without its port ("127.0.0.1:3000" -> "127.0.0.1", "[::1]:3000" -> "::1"). */
export function hostWithoutPort(header: string): string {
  const h = header.trim();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') > 0 ? h.indexOf(']') : undefined);
  const colon = h.lastIndexOf(':');
  return colon > 0 && h.indexOf(':') === colon ? h.slice(0, colon) : h;
}
