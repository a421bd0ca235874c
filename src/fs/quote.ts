// Pure: how a value read from an untrusted file may appear in a message.

/**
 * A value read from an untrusted file, fit to quote in an error message: at most `max` characters, control and
 * format characters escaped, and marked when cut. Never the whole value: a file may hold secrets.
 */
export function quotePrefix(value: string, max = 64): string {
  const chars = Array.from(value);
  const head = chars.slice(0, max).join('');
  const escaped = JSON.stringify(head)
    .slice(1, -1)
    .replace(
      /[\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  return chars.length > max ? `"${escaped}…" (${chars.length} characters)` : `"${escaped}"`;
}

/** A plain, short value (letters, digits, `._:@/-`) as it is; anything else through quotePrefix. */
export function shortValue(value: string, max = 64): string {
  return value.length <= max && /^[\w.:@/-]*$/.test(value) ? value : quotePrefix(value, max);
}
