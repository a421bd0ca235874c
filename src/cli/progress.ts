// Progress of a long scan or export, on stderr only (stdout carries the report). On a terminal: one line
// redrawn in place. Elsewhere (CI logs, files): a plain line at most every few seconds, then a last line.

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressCounts {
  apps: number;
  notEvaluated: number;
  /** Absent for export, which judges nothing. */
  findings?: number;
}

export interface ProgressOptions {
  /** e.g. scan, export. */
  label: string;
  now?: () => number;
  /** Least time between two plain lines (default 5 s). */
  lineIntervalMs?: number;
  /** Least time between two redraws on a terminal (default 100 ms). */
  redrawIntervalMs?: number;
}

export interface Progress {
  listing(found: number): void;
  /** The number of apps to read: once known, or growing while a streamed listing goes on. */
  total(count: number): void;
  update(counts: ProgressCounts): void;
  /** Clears the live line and writes the final one. */
  done(): void;
}

export const SILENT: Progress = { listing() {}, total() {}, update() {}, done() {} };

const BAR_WIDTH = 20;

export function createProgress(stream: ProgressStream, options: ProgressOptions): Progress {
  const now = options.now ?? Date.now;
  const tty = stream.isTTY === true;
  const interval = tty ? (options.redrawIntervalMs ?? 100) : (options.lineIntervalMs ?? 5000);
  const started = now();
  let readingSince: number | undefined;
  let lastShown = started;
  let drawn = false;
  let listed: number | undefined;
  let total: number | undefined;
  let counts: ProgressCounts = { apps: 0, notEvaluated: 0 };

  const describe = (final: boolean): string => {
    const elapsed = now() - (readingSince ?? started);
    if (readingSince === undefined) return `${options.label}: listing applications… ${listed ?? 0} found`;
    const done = counts.apps + counts.notEvaluated;
    const parts = [
      total === undefined ? `${done} apps read` : `${done}/${total} apps read`,
      ...(counts.notEvaluated > 0 ? [`${counts.notEvaluated} not evaluated`] : []),
      ...(counts.findings === undefined ? [] : [`${counts.findings} findings`]),
    ];
    if (final) return `${options.label}: ${parts.join(', ')} in ${seconds(now() - started)}`;
    const rate = elapsed > 0 ? (done * 1000) / elapsed : 0;
    if (rate > 0) parts.push(`${rate.toFixed(rate < 10 ? 1 : 0)} apps/s`);
    if (total !== undefined && rate > 0 && done < total) parts.push(`ETA ${seconds(((total - done) / rate) * 1000)}`);
    const bar = tty && total !== undefined && total > 0 ? `${renderBar(done / total)} ` : '';
    return `${options.label}: ${bar}${parts.join(', ')}`;
  };

  const show = (force: boolean) => {
    const at = now();
    if (!force && at - lastShown < interval) return;
    lastShown = at;
    if (tty) {
      const width = Math.max(20, (stream.columns ?? 80) - 1);
      stream.write(`\r${describe(false).slice(0, width)}\u001b[K`);
      drawn = true;
    } else {
      stream.write(`${describe(false)}\n`);
    }
  };

  return {
    listing(found) {
      listed = found;
      show(false);
    },
    total(count) {
      // A streamed scan calls this as the count in scope grows; the first call starts the reading phase.
      const first = readingSince === undefined;
      total = count;
      readingSince ??= now();
      show(tty && first);
    },
    update(next) {
      readingSince ??= now();
      counts = next;
      show(false);
    },
    done() {
      readingSince ??= now();
      if (tty && drawn) stream.write('\r\u001b[K');
      stream.write(`${describe(true)}\n`);
    },
  };
}

function renderBar(fraction: number): string {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * BAR_WIDTH);
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
}

function seconds(ms: number): string {
  if (ms < 10_000) return `${(Math.max(0, ms) / 1000).toFixed(1)}s`;
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60
    ? `${m}m${String(s % 60).padStart(2, '0')}s`
    : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
