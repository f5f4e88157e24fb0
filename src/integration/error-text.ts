/**
 * An error's message for an author's terminal: without the stack frames ("    at ...") that
 * tools such as the bundler put into their messages, and with repeated lines said once.
 */
export function errorText(reason: unknown): string {
  const message = reason instanceof Error ? reason.message : String(reason);
  const lines = message.split('\n').filter((line) => !/^\s+at /.test(line));
  return [...new Set(lines)].join('\n').trim();
}
