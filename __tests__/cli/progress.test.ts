// The progress display, with a fake clock: plain periodic lines off a terminal, one redrawn line on it.
import { describe, expect, it } from '@jest/globals';
import { createProgress } from '../../src/cli/progress.js';

function harness(isTTY: boolean, columns = 100) {
  let now = 0;
  const writes: string[] = [];
  const progress = createProgress(
    { write: (text: string) => writes.push(text), isTTY, columns },
    { label: 'scan', now: () => now },
  );
  return { progress, writes, advance: (ms: number) => (now += ms) };
}

describe('progress off a terminal (CI logs)', () => {
  it('writes at most one plain line every 5 seconds, then a final line', () => {
    const { progress, writes, advance } = harness(false);
    progress.listing(999);
    advance(1000);
    progress.listing(2000);
    progress.total(2000);
    for (let apps = 1; apps <= 2000; apps += 1) {
      advance(6); // 12 s for 2000 apps
      progress.update({ apps, notEvaluated: 0, findings: Math.floor(apps / 10) });
    }
    progress.done();
    expect(writes).toEqual([
      'scan: 667/2000 apps read, 66 findings, 167 apps/s, ETA 8.0s\n',
      'scan: 1501/2000 apps read, 150 findings, 167 apps/s, ETA 3.0s\n',
      'scan: 2000/2000 apps read, 200 findings in 13s\n',
    ]);
  });

  it('says how many apps were not evaluated, and writes nothing but the last line for a short run', () => {
    const { progress, writes, advance } = harness(false);
    progress.total(3);
    advance(400);
    progress.update({ apps: 2, notEvaluated: 1, findings: 4 });
    progress.done();
    expect(writes).toEqual(['scan: 3/3 apps read, 1 not evaluated, 4 findings in 0.4s\n']);
  });

  it('leaves findings out for export', () => {
    const { progress, writes } = harness(false);
    progress.total(0);
    progress.done();
    expect(writes).toEqual(['scan: 0/0 apps read in 0.0s\n']);
  });
});

describe('progress on a terminal', () => {
  it('redraws one line in place with a bar and an ETA, then clears it for the final line', () => {
    const { progress, writes, advance } = harness(true);
    progress.total(10);
    advance(1000);
    progress.update({ apps: 5, notEvaluated: 0, findings: 2 });
    advance(50); // within the redraw interval: not drawn
    progress.update({ apps: 6, notEvaluated: 0, findings: 2 });
    progress.done();
    expect(writes).toEqual([
      '\rscan: [--------------------] 0/10 apps read\u001b[K',
      '\rscan: [##########----------] 5/10 apps read, 2 findings, 5.0 apps/s, ETA 1.0s\u001b[K',
      '\r\u001b[K',
      'scan: 6/10 apps read, 2 findings in 1.1s\n',
    ]);
    expect(writes.every((w) => !w.includes('\n') || w.endsWith('\n'))).toBe(true);
  });

  it('cuts the line to the terminal width', () => {
    const { progress, writes, advance } = harness(true, 40);
    progress.listing(5);
    advance(200);
    progress.listing(123456789);
    const line = writes.at(-1) ?? '';
    expect(line).toBe('\rscan: listing applications… 123456789 f\u001b[K');
    expect(line.length - '\r\u001b[K'.length).toBe(39);
  });
});
