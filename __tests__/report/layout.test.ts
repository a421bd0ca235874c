import { describe, expect, it } from '@jest/globals';
import { CLOSE, layout, open, text, type Piece } from '../../src/report/layout.js';

const note = (shown: number, total: number) => `[${shown}/${total}]`;

const doc: Piece[] = [
  text('H\n'),
  open('<d>', '</d>'),
  open('<t>', '</t>'),
  text('r1', 1),
  text('r2', 1),
  text('r3', 1),
  CLOSE,
  CLOSE,
  text('tail'),
];

describe('layout', () => {
  it('joins everything when there is no budget or it fits', () => {
    expect(layout(doc, { note })).toBe('H\n<d><t>r1r2r3</t></d>tail');
    expect(layout(doc, { note, maxBytes: 26 })).toBe('H\n<d><t>r1r2r3</t></d>tail');
  });

  it.each([
    // budget → output: whole pieces only, open containers closed, then the note
    [25, 'H\n<d><t>r1r2</t></d>[2/3]'],
    [23, 'H\n<d><t>r1</t></d>[1/3]'],
    [21, 'H\n<d><t></t></d>[0/3]'],
    [20, 'H\n<d></d>[0/3]'],
    [14, 'H\n<d></d>[0/3]'],
    [13, 'H\n[0/3]'],
  ])('cuts between pieces to fit %d bytes', (maxBytes, expected) => {
    const out = layout(doc, { note, maxBytes });
    expect(out).toBe(expected);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(maxBytes);
  });

  it('throws when not even the note fits', () => {
    expect(() => layout(doc, { note, maxBytes: 3 })).toThrow('maxBytes 3 is too small');
  });

  it('counts UTF-8 bytes', () => {
    const wide: Piece[] = [text('é'.repeat(10), 1), text('é'.repeat(10), 1)];
    expect(layout(wide, { note, maxBytes: 30 })).toBe(`${'é'.repeat(10)}[1/2]`);
  });
});
