// The one line every human-readable report carries about Entra's signals: which were not checked, why, and
// the exact fix (the permission or the licence). Absent when every signal was read or none was asked for.
import { escapeMarkdown, escapeTerminal } from './escape.js';
import { text, type Piece } from './layout.js';
import type { Report } from './model.js';

const LINE_MAX = 3000;

/** Plain text, untrusted parts (Graph's error messages) included: callers escape it for their medium. */
export function signalsSentence(report: Pick<Report, 'signals'>): string | null {
  const missing = (report.signals ?? []).filter((s) => s.status !== 'available');
  if (missing.length === 0) return null;
  return `Signals not checked: ${missing.map((s) => `${s.signal} (${s.status}): ${s.reason}`).join(' · ')}`;
}

/** For the job summary, `--format markdown` and the PR comment. */
export function signalsMarkdown(report: Pick<Report, 'signals'>): Piece[] {
  const sentence = signalsSentence(report);
  return sentence === null ? [] : [text(`${escapeMarkdown(sentence, { maxLength: LINE_MAX, newlines: 'space' })}\n\n`)];
}

/** For the terminal. */
export function signalsText(report: Pick<Report, 'signals'>): string[] {
  const sentence = signalsSentence(report);
  return sentence === null ? [] : [escapeTerminal(sentence, LINE_MAX), ''];
}
