// `npm run screenshots`: pictures of what people see, for the README. Runs the demo (the bundled action against
// the emulators), renders its job summary and the pull-request comment with cmark-gfm (GitHub's renderer, with
// the extensions github.com uses) and photographs the HTML with headless Chromium. Needs `npm run bundle`,
// cmark-gfm and chromium on the PATH. Writes docs/images/summary.png and docs/images/comment.png.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderComment } from '../src/report/comment.js';
import type { Report } from '../src/report/model.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WIDTH = 960;

function run(command: string, args: string[], input?: string): string {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  if (result.error !== undefined) throw new Error(`${command} could not run: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

// A plain stylesheet close to GitHub's Markdown look (system fonts, light theme); written for this page.
const STYLE = `
body { margin: 0; background: #fff; color: #1f2328; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
main { box-sizing: border-box; width: ${WIDTH}px; padding: 24px 32px; }
h3 { font-size: 1.25em; margin: 24px 0 12px; } h4 { font-size: 1em; margin: 20px 0 10px; }
p { margin: 0 0 12px; }
code { font: 12px ui-monospace, "DejaVu Sans Mono", monospace; background: #eff1f3; padding: .2em .4em; border-radius: 6px; }
pre { background: #f6f8fa; padding: 12px 16px; border-radius: 6px; overflow: hidden; white-space: pre-wrap; word-break: break-all; }
pre code { background: none; padding: 0; }
table { border-collapse: collapse; margin: 0 0 16px; } th, td { border: 1px solid #d1d9e0; padding: 4px 12px; }
th { background: #f6f8fa; text-align: left; }
details { margin: 0 0 4px; } summary { cursor: pointer; } details[open] { margin-bottom: 12px; }
a { color: #0969da; text-decoration: none; }
.frame { border: 1px solid #d1d9e0; border-radius: 6px; padding: 16px 24px; }
`;

function page(html: string, openFirst: boolean): string {
  const body = openFirst ? html.replace('<details>', '<details open>') : html;
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body><main><div class="frame">${body}</div></main></body></html>`;
}

function shoot(html: string, file: string, height: number, work: string): void {
  const source = path.join(work, `${path.basename(file, '.png')}.html`);
  writeFileSync(source, html);
  run('chromium', [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--hide-scrollbars',
    `--user-data-dir=${path.join(work, 'profile')}`,
    `--window-size=${WIDTH},${height}`,
    `--screenshot=${file}`,
    `file://${source}`,
  ]);
}

function main(): void {
  const demo = run(process.execPath, ['--import', 'tsx', path.join(root, 'emulator/demo.ts')]);
  const summaryFile = /^Job summary: (.+)$/m.exec(demo)?.[1];
  const reportFile = /^JSON report: (.+)$/m.exec(demo)?.[1];
  if (summaryFile === undefined || reportFile === undefined) throw new Error(`the demo did not run:\n${demo}`);
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
  const gfm = (markdown: string) =>
    run('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'tagfilter'], markdown);
  const work = mkdtempSync(path.join(tmpdir(), 'efg-screenshots-'));
  try {
    const images = path.join(root, 'docs/images');
    mkdirSync(images, { recursive: true });
    const summary = gfm(readFileSync(summaryFile, 'utf8'));
    const comment = gfm(renderComment(report, { runUrl: 'https://github.com/contoso/payments-api/actions/runs/4242' }));
    shoot(page(summary, true), path.join(images, 'summary.png'), 1500, work);
    shoot(page(comment, true), path.join(images, 'comment.png'), 1440, work);
    process.stdout.write(`wrote ${path.join(images, 'summary.png')} and ${path.join(images, 'comment.png')}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(path.dirname(summaryFile), { recursive: true, force: true });
  }
}

main();
