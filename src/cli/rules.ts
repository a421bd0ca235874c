// `rules`: every rule of this version with its default severity, as a table or JSON, so a policy can be written
// (or a CI diffed) against the catalogue this exact version ships.
import { RULES } from '../policy/index.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { enumValue, flag, parseCommandLine, stringValue } from './args.js';
import { HELP } from './help.js';
import { writeResult, type CliIo } from './io.js';

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
} as const;

const FORMATS = ['text', 'json'] as const;

export async function rulesCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandLine('rules', argv, OPTIONS);
  if (flag(values, 'help')) {
    io.stdout.write(`${HELP.rules}\n`);
    return 0;
  }
  const format = enumValue('format', stringValue(values, 'format') ?? 'text', FORMATS);
  await writeResult(io, stringValue(values, 'output'), format === 'json' ? rulesJson() : rulesText());
  return 0;
}

function rulesJson(): string {
  const rules = RULES.map((r) => ({ id: r.id, defaultSeverity: r.defaultSeverity, title: r.title }));
  return `${JSON.stringify({ tool: { name: TOOL_NAME, version: TOOL_VERSION }, rules }, null, 2)}\n`;
}

function rulesText(): string {
  const width = Math.max(...RULES.map((r) => r.id.length));
  const lines = RULES.map((r) => `${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.title}`);
  return `${TOOL_NAME} ${TOOL_VERSION}: ${RULES.length} rules (id, default severity, what it finds)\n\n${lines.join('\n')}\n`;
}
