/* eslint-disable no-control-regex -- these tests are about control characters */
import { describe, expect, it } from '@jest/globals';
import {
  escapeCommandData,
  escapeCommandProperty,
  escapeHtml,
  escapeHtmlComment,
  escapeMarkdown,
  escapeTerminal,
  markdownCode,
  sanitizeText,
  singleLine,
  toWellFormed,
  truncate,
} from '../../src/report/escape.js';
import { HOSTILE, hugeName } from './fixtures.js';

describe('truncate', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly10!', 10, 'exactly10!'],
    ['eleven char', 10, 'eleven ch…'],
  ])('%j to %d → %j', (input, max, expected) => {
    expect(truncate(input, max)).toBe(expected);
  });

  it('never splits a surrogate pair', () => {
    // '😀' is two code units; cutting after 'ab' + half of it would leave a lone surrogate.
    const out = truncate('ab😀😀😀', 4);
    expect(out).toBe('ab…');
    expect(toWellFormed(out)).toBe(out);
  });

  it('caps a 10 MB string', () => {
    expect(truncate(hugeName(), 100)).toHaveLength(100);
  });

  it('rejects a cap that cannot hold the ellipsis', () => {
    expect(() => truncate('abc', 1)).toThrow('maxLength must be an integer of at least 2, got 1');
  });
});

describe('sanitizeText', () => {
  it.each([
    ['NUL', HOSTILE.nul, 'ab'],
    ['ANSI and OSC sequences lose their control characters', HOSTILE.ansi, 'name[2J[H]0;title31m'],
    ['lone surrogates become U+FFFD', HOSTILE.loneSurrogate, 'x\uFFFDy\uFFFDz'],
    ['bidi overrides', HOSTILE.bidi, 'abcdcba'],
    ['newlines and tabs are kept', 'a\nb\tc', 'a\nb\tc'],
  ])('%s', (_name, input, expected) => {
    expect(sanitizeText(input, 1000)).toBe(expected);
  });

  it('keeps a well-formed emoji', () => {
    expect(sanitizeText('ok 😀', 100)).toBe('ok 😀');
  });
});

describe('workflow command escaping (as @actions/core)', () => {
  it.each([
    ['100% done', '100%25 done', '100%25 done'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['x::error::y', 'x::error::y', 'x%3A%3Aerror%3A%3Ay'],
    ['a,b', 'a,b', 'a%2Cb'],
    ['%0A', '%250A', '%250A'],
  ])('%j → data %j, property %j', (input, data, property) => {
    expect(escapeCommandData(input)).toBe(data);
    expect(escapeCommandProperty(input)).toBe(property);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['table breaker', '| a | b |', '\\| a \\| b \\|'],
    ['script tag', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['comment marker', '<!-- entra-federation-guard -->', '&lt;\\!-- entra-federation-guard --&gt;'],
    ['link', '[link](javascript:alert(1))', '\\[link\\](javascript:alert(1))'],
    ['image', '![x](https://e.example/x.png)', '\\!\\[x\\](https:\u200B//e.example/x.png)'],
    ['autolinks', 'https://e.example www.e.example', 'https:\u200B//e.example www\u200B.e.example'],
    ['references', '#12 o/r#3 GH-4', '\\#\u200B12 o/r\\#\u200B3 GH-\u200B4'],
    ['mention', '@everyone, @contoso/admins, a@b.c', '@\u200Beveryone, @\u200Bcontoso/admins, a@\u200Bb.c'],
    ['heading', '# Title #', '\\# Title \\#'],
    ['blockquote', '> quote', '&gt; quote'],
    ['list', '- item', '\\- item'],
    ['ordered list', '1. item', '1\\. item'],
    ['setext underline', '===', '\\==='],
    ['code span', '`rm -rf`', '\\`rm -rf\\`'],
    ['emphasis', '*bold* _it_ ~~s~~', '\\*bold\\* \\_it\\_ \\~\\~s\\~\\~'],
    ['backslash', 'C:\\temp\\|x', 'C:\\\\temp\\\\\\|x'],
    ['entity', '&lt;b&gt;', '&amp;lt;b&amp;gt;'],
    ['newlines become spaces', 'a\nb\r\nc', 'a b c'],
    ['a newline cannot start a block', 'ok\n# Heading\n- item', 'ok \\# Heading \\- item'],
  ])('%s', (_name, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('turns newlines into <br> on request', () => {
    expect(escapeMarkdown('a\n# b', { newlines: 'br' })).toBe('a<br>\\# b');
  });

  it('caps before escaping: 10 MB in, at most the cap (plus escapes) out', () => {
    expect(escapeMarkdown(hugeName(), { maxLength: 300 })).toBe(`${'A'.repeat(299)}…`);
  });

  it('leaves no raw `<`, `|` or newline whatever the input', () => {
    const out = escapeMarkdown(Object.values(HOSTILE).join('\n'), { newlines: 'br' });
    expect(out.replace(/<br>/g, '')).not.toMatch(/<|\n|\r|(?<!\\)\|/);
    expect(out).not.toMatch(/@(?!\u200B)[A-Za-z]/);
  });
});

describe('escapeHtml', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['"quoted" & \'single\'', '&quot;quoted&quot; &amp; &#39;single&#39;'],
    ['</summary></details>', '&lt;/summary&gt;&lt;/details&gt;'],
    ['two\nlines', 'two lines'],
    ['@octocat', '@\u200Boctocat'],
  ])('%j → %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('escapeHtmlComment', () => {
  it('cannot close the comment or open another', () => {
    const out = escapeHtmlComment('x --> <!-- y --!> z');
    expect(out).toBe('x - - !- - y - -! z');
    expect(out).not.toContain('--');
    expect(out).not.toMatch(/[<>]/);
  });
});

describe('markdownCode', () => {
  it.each([
    ['client-secret-present', '`client-secret-present`'],
    ['a`b|c', "`a'b\u2223c`"],
    ['line\nbreak', '`line break`'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(markdownCode(input)).toBe(expected);
  });
});

describe('singleLine and escapeTerminal', () => {
  it('joins lines and drops every escape sequence introducer', () => {
    expect(singleLine('a\r\nb\u2028c', 100)).toBe('a b c');
    const out = escapeTerminal(`${HOSTILE.ansi}\n${HOSTILE.crlfCommand}`);
    expect(out).toBe('name[2J[H]0;title31m ok ::warning file=x::y');
    expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});
