// `--format markdown` for the CLI: the same document as the job summary, without a size budget.
import type { RuleDefinition } from '../policy/types.js';
import { layout } from './layout.js';
import type { Report } from './model.js';
import { reportPieces, truncationNote } from './sections.js';

export function renderMarkdown(
  report: Report,
  options: { rules?: readonly RuleDefinition[]; now?: Date } = {},
): string {
  return layout(reportPieces(report, options.rules, options.now), { note: truncationNote });
}
