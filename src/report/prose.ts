// A finding's message and fix as Markdown a person can read and copy from: the rules write commands and names
// of settings between backticks, and an HTTP request for Microsoft Graph after the prose. Commands become
// fenced code blocks (copied byte for byte, with GitHub's copy button), other code stays inline, and the prose
// around them is escaped as untrusted text: nothing in it can link, mention, reference or open HTML.
import { escapeMarkdown, sanitizeText, singleLine } from './escape.js';

/** A code segment that starts with one of these is a command to run, shown as a block. */
const COMMAND = /^(?:az|terraform|gh|npx|curl|Connect-MgGraph|Remove-Mg\w+|New-Mg\w+|Update-Mg\w+)\s/;
/** A Graph request written after the prose ("…through Microsoft Graph:\nPOST https://…"). */
const HTTP_REQUEST = /\n(?=(?:GET|POST|PATCH|PUT|DELETE) https:\/\/\S+\n)/;

export interface CodeBlock {
  language: 'sh' | 'http';
  code: string;
}

export type Segment =
  { kind: 'prose'; text: string } | { kind: 'code'; text: string } | { kind: 'block'; block: CodeBlock };

/**
 * Splits rule text into prose, inline code and blocks. Backticks pair left to right; an unpaired last backtick
 * stays prose. Text from Graph or a workflow that contains a backtick can shift the pairing, but whatever lands
 * in code is shown literally, and whatever lands in prose is escaped: it can mislead the layout, not inject.
 */
export function segments(text: string, maxLength: number, options: { blocks: boolean }): Segment[] {
  const clean = sanitizeText(text, maxLength);
  const split = options.blocks ? clean.split(HTTP_REQUEST) : [clean];
  const head = split[0] ?? '';
  const request = split.length > 1 ? split.slice(1).join('\n') : undefined;

  const parts = head.split('`');
  if (parts.length % 2 === 0) {
    const last = parts.pop() ?? '';
    parts[parts.length - 1] += `\`${last}`;
  }
  const out: Segment[] = [];
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      if (part !== '') out.push({ kind: 'prose', text: part });
      return;
    }
    const code = singleLine(part, maxLength);
    if (options.blocks && COMMAND.test(code)) out.push({ kind: 'block', block: { language: 'sh', code } });
    else if (code.trim() !== '') out.push({ kind: 'code', text: code });
  });
  if (request !== undefined) out.push({ kind: 'block', block: { language: 'http', code: request.trim() } });
  return out;
}

/** The commands and requests a text holds, exactly as the Markdown shows them in code blocks. */
export function codeBlocksOf(text: string, maxLength: number): CodeBlock[] {
  return segments(text, maxLength, { blocks: true }).flatMap((s) => (s.kind === 'block' ? [s.block] : []));
}

/** Inline code that no content can close: the fence is longer than any run of backticks inside. */
export function inlineCode(code: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = code.startsWith('`') || code.endsWith('`') || /^ .* $/.test(code) ? ' ' : '';
  return `${fence}${pad}${code}${pad}${fence}`;
}

function fencedBlock(block: CodeBlock): string {
  const longest = Math.max(0, ...(block.code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${block.language}\n${block.code}\n${fence}\n`;
}

/**
 * Markdown paragraphs for a message or fix: prose escaped, inline code kept, each command in its own fenced
 * block. `label` (our own Markdown, e.g. `**Fix:**`) starts the first paragraph.
 */
export function proseMarkdown(text: string, options: { maxLength: number; blocks: boolean; label?: string }): string {
  const paragraphs: string[] = [];
  let current = options.label === undefined ? '' : `${options.label} `;
  let afterBlock = false;
  for (const segment of segments(text, options.maxLength, { blocks: options.blocks })) {
    if (segment.kind === 'block') {
      // "instead (`az …`), then" reads "instead:" ⏎ block ⏎ "then": the parentheses held the command.
      current = current.replace(/\s*\(\s*$/, ':').trim();
      if (current !== '') paragraphs.push(current);
      paragraphs.push(fencedBlock(segment.block).trimEnd());
      current = '';
      afterBlock = true;
      continue;
    }
    let piece = segment.kind === 'code' ? inlineCode(segment.text) : segment.text;
    if (afterBlock && segment.kind === 'prose') {
      piece = piece.replace(/^\s*\)?[\s.,;:—-]*/, '');
      piece = piece.charAt(0).toUpperCase() + piece.slice(1);
    }
    afterBlock = false;
    current += segment.kind === 'code' ? piece : escapeMarkdown(piece, { maxLength: options.maxLength });
  }
  if (current.trim() !== '') paragraphs.push(current.trim());
  return paragraphs.join('\n\n');
}
