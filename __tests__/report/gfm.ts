// GitHub's renderer in a test: cmark-gfm (the C implementation GitHub runs, Debian package `cmark-gfm`) with
// the extensions github.com enables for comments and job summaries, raw HTML kept as GitHub keeps it before
// its sanitiser runs. What a person sees is then the HTML's text, which these helpers extract.
import { spawnSync } from 'node:child_process';

export const CMARK_GFM = process.env['CMARK_GFM'] ?? 'cmark-gfm';
const ARGS = ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'tagfilter'];

/** Renders Markdown to HTML; throws a clear error (never skips) when the renderer is not installed. */
export function renderGfm(markdown: string): string {
  const result = spawnSync(CMARK_GFM, ARGS, { input: markdown, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error !== undefined) {
    throw new Error(
      `${CMARK_GFM} could not run (${result.error.message}). The rendering tests need GitHub's Markdown renderer: ` +
        'install it with `apt-get install -y cmark-gfm` (.ci/run does) or point CMARK_GFM at the binary.',
    );
  }
  if (result.status !== 0) throw new Error(`${CMARK_GFM} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

export function decodeEntities(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** The contents of every `<pre><code>` block, decoded: exactly what the copy button copies. */
export function codeBlocks(html: string): { language: string; code: string }[] {
  return [...html.matchAll(/<pre><code(?: class="language-([a-z]+)")?>([^]*?)<\/code><\/pre>/g)].map((m) => ({
    language: m[1] ?? '',
    code: decodeEntities(m[2] ?? '').replace(/\n$/, ''),
  }));
}

/** The text outside any code (block or inline), tags removed and entities decoded: where escapes would show. */
export function proseText(html: string): string {
  return decodeEntities(
    html
      .replace(/<pre><code[^>]*>[^]*?<\/code><\/pre>/g, ' ')
      .replace(/<code>[^]*?<\/code>/g, ' ')
      .replace(/<[^>]+>/g, ' '),
  );
}

/** Every tag name the HTML contains. */
export function tagNames(html: string): Set<string> {
  return new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => (m[1] ?? '').toLowerCase()));
}

/** The single-quoted arguments of a shell command, unquoted as a POSIX shell does (`'\''` included). */
export function singleQuotedArguments(command: string): string[] {
  const out: string[] = [];
  const re = /'((?:[^']|'\\'')*)'/g;
  for (const m of command.matchAll(re)) out.push((m[1] ?? '').replace(/'\\''/g, "'"));
  return out;
}
