// `merge`: the JSON reports of sharded scans → one report. The shards must be one complete set.
import { quotePrefix, readContainedFile, shortValue, UnsafePathError } from '../fs/workspace.js';
import { MAX_SNAPSHOT_BYTES } from '../snapshot/read.js';
import { resolve } from 'node:path';
import { mergeReports } from '../report/build.js';
import type { Report } from '../report/model.js';
import { enumValue, flag, parseCommandLine, stringValue } from './args.js';
import { IncompleteError, UsageError } from './errors.js';
import { HELP } from './help.js';
import { writeResult, type CliDeps, type CliIo } from './io.js';
import { FAIL_ON, REPORT_FORMATS, exitCodeOf, outcomeLine, renderReport, useColor } from './report.js';

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
} as const;

export async function mergeCommand(argv: readonly string[], io: CliIo, _deps: CliDeps): Promise<number> {
  const { values, positionals } = parseCommandLine('merge', argv, OPTIONS, true);
  if (flag(values, 'help')) {
    io.stdout.write(`${HELP.merge}\n`);
    return 0;
  }
  const format = enumValue('format', stringValue(values, 'format') ?? 'text', REPORT_FORMATS);
  const failOn = enumValue('fail-on', stringValue(values, 'fail-on') ?? 'error', FAIL_ON);
  const output = stringValue(values, 'output');
  if (positionals.length === 0)
    throw new UsageError(
      'merge needs the JSON reports to join, for example: merge shard-1.json shard-2.json shard-3.json.',
    );

  const reports = await Promise.all(positionals.map((file) => readReport(resolve(io.cwd, file), file)));
  checkShards(reports.map((report, i) => ({ report, file: positionals[i] ?? '' })));
  let merged: Report;
  try {
    merged = mergeReports(reports);
  } catch (error) {
    throw new IncompleteError((error as Error).message.replace(/^mergeReports: /, 'Cannot merge: '));
  }
  await writeResult(io, output, renderReport(merged, format, { color: useColor(io, output) }));
  const outcome = outcomeLine(merged, failOn);
  if (outcome && !flag(values, 'quiet')) io.stderr.write(`merge: ${outcome}\n`);
  return exitCodeOf(merged, failOn);
}

async function readReport(path: string, shown: string): Promise<Report> {
  let text: string;
  try {
    // A shard report the user named: a regular file (no device or /proc file), size-capped.
    text = await readContainedFile(path, { what: 'the report', shown, maxBytes: MAX_SNAPSHOT_BYTES });
  } catch (error) {
    if (error instanceof UnsafePathError) throw new IncompleteError(error.message);
    throw error;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new IncompleteError(`The report ${shown} is not JSON; write shard reports with scan --format json.`);
  }
  if (typeof doc !== 'object' || doc === null || (doc as { version?: unknown }).version !== 1)
    throw new IncompleteError(`The report ${shown} is not a version 1 JSON report of scan --format json.`);
  return doc as Report;
}

/** Either no report is a shard, or the reports are shards 1…n of one split, each exactly once. */
function checkShards(entries: { report: Report; file: string }[]): void {
  const sharded = entries.filter((e) => e.report.scope?.shard !== undefined);
  if (sharded.length === 0) return;
  const plain = entries.find((e) => e.report.scope?.shard === undefined);
  if (plain)
    throw new IncompleteError(
      `Cannot merge: ${plain.file} is not a shard report but ${sharded[0]?.file} is (shard ${shortValue(String(sharded[0]?.report.scope?.shard), 20)}); merge the shards of one scan only.`,
    );
  const seen = new Map<number, string>();
  let count: number | undefined;
  for (const { report, file } of sharded) {
    const match = /^(\d+)\/(\d+)$/.exec(report.scope?.shard ?? '');
    if (!match)
      throw new IncompleteError(
        `Cannot merge: ${file} has an unreadable shard ${quotePrefix(JSON.stringify(report.scope?.shard) ?? 'undefined')}.`,
      );
    const index = Number(match[1]);
    const n = Number(match[2]);
    if (count !== undefined && n !== count)
      throw new IncompleteError(
        `Cannot merge: ${file} is shard ${index}/${n}, but the other reports split into ${count} shards.`,
      );
    count = n;
    const other = seen.get(index);
    if (other !== undefined)
      throw new IncompleteError(`Cannot merge: shard ${index}/${n} appears twice (${other} and ${file}).`);
    seen.set(index, file);
  }
  const missing = Array.from({ length: count ?? 0 }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0)
    throw new IncompleteError(
      `Cannot merge: shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${count}`).join(', ')} ${
        missing.length === 1 ? 'is' : 'are'
      } missing; a merged report must cover every app.`,
    );
}
