// Pure string helpers for untrusted text, written as loops where the obvious regular expression backtracks:
// `/\/+$/` or `/-+$/` is quadratic on a long run that does not reach the end, `/<[^>]*>/g` on a long run of '<'.

/** `text` without the run of `char` (one UTF-16 unit) at its end; linear. */
export function trimEndChar(text: string, char: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === char) end -= 1;
  return text.slice(0, end);
}

/** `text` up to (not including) the first occurrence of `marker`; the whole text without one. */
export function beforeFirst(text: string, marker: string): string {
  const at = text.indexOf(marker);
  return at === -1 ? text : text.slice(0, at);
}

/** Replaces every `<…>` (no `>` inside) with `replacement`, as `/<[^>]*>/g` would, in linear time. */
export function replaceAngleGroups(text: string, replacement: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('<', i);
    if (open === -1) break;
    const close = text.indexOf('>', open + 1);
    // No '>' after this '<': none after any later '<' either, so nothing more is replaced.
    if (close === -1) break;
    // The group starts at the last '<' before the '>' (`[^>]*` may contain '<', but the leftmost '<' wins).
    out += text.slice(i, open) + replacement;
    i = close + 1;
  }
  return out + text.slice(i);
}

/**
 * Cuts `text` at the first case-insensitive `label` (with the white space before it), as
 * `text.replace(/\s*label.*$/i, '')` does for a single-line text, in linear time.
 */
export function cutAtLabel(text: string, label: string): string {
  const at = text.toLowerCase().indexOf(label.toLowerCase());
  return at === -1 ? text : text.slice(0, at).trimEnd();
}
