// Escaping per output medium. Every string that reaches a reporter may come from Graph, GitHub or a
// workflow file, so each medium gets its own escaper and every escaper starts by making the text safe
// to handle at all: bounded length, well-formed UTF-16, no NUL or other control characters.

export const ELLIPSIS = '…';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0 controls except tab/newline/carriage return, DEL, C1 controls.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_KEEP_NEWLINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// Bidirectional overrides and isolates can make text display differently from what it is.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;

/**
 * Cuts `text` to at most `maxLength` UTF-16 code units including the ellipsis, never inside a surrogate pair.
 * Strings already short enough come back unchanged.
 */
export function truncate(text: string, maxLength: number, ellipsis: string = ELLIPSIS): string {
  if (!Number.isInteger(maxLength) || maxLength < ellipsis.length + 1) {
    throw new RangeError(`truncate: maxLength must be an integer of at least ${ellipsis.length + 1}, got ${maxLength}`);
  }
  if (text.length <= maxLength) return text;
  let end = maxLength - ellipsis.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end) + ellipsis;
}

/** Replaces lone surrogates with U+FFFD so the text encodes to valid UTF-8 and JSON. */
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * The common first step: cap the length (before any other work, so a 10 MB name costs nothing), fix lone
 * surrogates, drop NUL and other control characters. Line breaks are kept; each medium decides what they become.
 */
export function sanitizeText(text: string, maxLength: number): string {
  return toWellFormed(truncate(String(text), maxLength))
    .replace(CONTROL_KEEP_NEWLINES, '')
    .replace(BIDI_CONTROLS, '');
}

/** Sanitised and on one line: every line break becomes a single space. */
export function singleLine(text: string, maxLength: number): string {
  return sanitizeText(text, maxLength).replace(LINE_BREAKS, ' ').replace(/\t/g, ' ');
}

/** Workflow-command message data, escaped exactly as @actions/core escapes it. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow-command property values (title, file, …), escaped exactly as @actions/core escapes them. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Text for HTML element content or attribute values (`<summary>`, `<details>`). */
export function escapeHtml(text: string, maxLength = 1000): string {
  // References are broken before escaping: the entities escaping adds (`&#39;`) contain `#` and digits.
  return neutraliseReferences(singleLine(text, maxLength))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Text placed inside an HTML comment: it can neither close the comment nor open another. */
export function escapeHtmlComment(text: string, maxLength = 200): string {
  return singleLine(text, maxLength)
    .replace(/[<>]/g, '')
    .replace(/-(?=-)/g, '- ');
}

/** Invisible, and it separates the characters GitHub's linkers look for. */
const ZERO_WIDTH_SPACE = '\u200B';

/**
 * `@user` and `@org/team` notify people on GitHub even when the text around them is escaped, because the
 * mention filter runs on rendered text. A zero-width space after `@` keeps the text readable but inert.
 */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`);
}

/**
 * Untrusted prose can neither mention, reference nor link. GitHub links `@user` (and e-mail addresses,
 * `owner/repo@sha`), `#12`, `owner/repo#12` and `GH-12` after rendering, and the GFM autolink extension links
 * `scheme://…` and `www.…` while rendering (https://github.github.com/gfm/#autolinks-extension-). A zero-width
 * space after `@`, `#`, `GH-`, the scheme's `:` and `www` keeps the text readable and inert. Linear regexes only.
 */
export function neutraliseReferences(text: string): string {
  return neutraliseMentions(text)
    .replace(/#(?=[0-9])/g, `#${ZERO_WIDTH_SPACE}`)
    .replace(/\b(GH-)(?=[0-9])/gi, `$1${ZERO_WIDTH_SPACE}`)
    .replace(/:(?=\/\/)/g, `:${ZERO_WIDTH_SPACE}`)
    .replace(/\b(www)(?=\.)/gi, `$1${ZERO_WIDTH_SPACE}`);
}

export interface MarkdownEscapeOptions {
  /** Length cap before escaping, in UTF-16 code units (default 1000). */
  maxLength?: number;
  /** What a line break becomes: a space (default) or `<br>` (table cells only). */
  newlines?: 'space' | 'br';
}

// Inline Markdown syntax: code, emphasis, strikethrough, links and images, table pipes, heading closers, the
// escape itself.
const MARKDOWN_INLINE = /[\\`*_~[\]!|#]/g;

/**
 * Untrusted text as one inline Markdown fragment: safe in a table cell, a list item, a heading or a paragraph.
 * It cannot break the table (`|`), open a code span, link, image or HTML tag (`<script>`, `<!-- … -->`),
 * start a block (leading `#`, `>`, `-`, `+`, `=`, `1.`), or mention anyone.
 */
export function escapeMarkdown(text: string, options: MarkdownEscapeOptions = {}): string {
  const { maxLength = 1000, newlines = 'space' } = options;
  const lines = neutraliseReferences(sanitizeText(text, maxLength).replace(/\t/g, ' ')).split(LINE_BREAKS);
  const escaped = lines.map((line) =>
    neutraliseBlockStart(
      line
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(MARKDOWN_INLINE, (c) => `\\${c}`),
    ),
  );
  return escaped.join(newlines === 'br' ? '<br>' : ' ');
}

/** A leading `#`, `-`, `+`, `=` or `1.` would start a heading, list or setext underline outside a table. */
function neutraliseBlockStart(line: string): string {
  return line.replace(/^(\s*)([#=+-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Inline code for text we control (rule ids, file paths, GUIDs) that must still not escape the span. */
export function markdownCode(text: string, maxLength = 300): string {
  const clean = singleLine(text, maxLength).replace(/`/g, "'").replace(/\|/g, '\u2223');
  return clean === '' ? '' : `\`${clean}\``;
}

/**
 * Text for a terminal: one line per input line, no escape sequences of any kind, so a hostile name cannot
 * move the cursor, clear the screen, retitle the window or hide text.
 */
export function escapeTerminal(text: string, maxLength = 2000): string {
  return sanitizeText(text, maxLength).replace(/\t/g, ' ').replace(LINE_BREAKS, ' ');
}
