// The job summary ($GITHUB_STEP_SUMMARY): the whole report in Markdown, kept under GitHub's 1 MiB per-step limit.
import type { RuleDefinition } from '../policy/types.js';
import { layout } from './layout.js';
import type { Report } from './model.js';
import { reportPieces, truncationNote } from './sections.js';

/** GitHub rejects a step summary over 1 MiB; the default leaves room for anything else the step appends. */
export const DEFAULT_SUMMARY_MAX_BYTES = 1_000_000;
const MIN_BYTES = 2048;

export interface SummaryOptions {
  rules?: readonly RuleDefinition[];
  /** Budget in UTF-8 bytes. */
  maxBytes?: number;
  /** For the snapshot's age (default: the current time). */
  now?: Date;
}

/** Markdown for `core.summary.addRaw(text).write()`. */
export function renderSummary(report: Report, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
  if (!Number.isInteger(maxBytes) || maxBytes < MIN_BYTES) {
    throw new RangeError(`renderSummary: maxBytes must be an integer of at least ${MIN_BYTES}, got ${maxBytes}.`);
  }
  return layout(reportPieces(report, options.rules, options.now), { maxBytes, note: truncationNote });
}
