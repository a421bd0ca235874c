// A document as a list of atomic pieces, laid out under an optional UTF-8 byte budget. Truncation happens
// only between pieces (never inside a table row or an HTML tag), closes whatever is still open (`</details>`,
// the blank line that ends a table) and ends with a note saying what was left out.

export type Piece =
  /** Atomic text; `rows` counts the findings it shows, for the truncation note. */
  | { kind: 'text'; text: string; rows?: number }
  /** Opens a container; `close` is emitted by the matching close piece, or on truncation. */
  | { kind: 'open'; text: string; close: string }
  | { kind: 'close' };

export function text(value: string, rows?: number): Piece {
  return rows === undefined ? { kind: 'text', text: value } : { kind: 'text', text: value, rows };
}

export function open(value: string, close: string): Piece {
  return { kind: 'open', text: value, close };
}

export const CLOSE: Piece = { kind: 'close' };

/** Builds the note appended when the budget runs out. */
export type TruncationNote = (shownRows: number, totalRows: number) => string;

export interface LayoutOptions {
  /** Budget in UTF-8 bytes; unlimited when absent. */
  maxBytes?: number;
  note: TruncationNote;
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

export function layout(pieces: readonly Piece[], options: LayoutOptions): string {
  const full = joinAll(pieces);
  const { maxBytes } = options;
  if (maxBytes === undefined || bytes(full) <= maxBytes) return full;

  const totalRows = pieces.reduce((n, p) => n + (p.kind === 'text' ? (p.rows ?? 0) : 0), 0);
  // The note's length depends only on the digits of its numbers; the total bounds them.
  const noteReserve = bytes(options.note(totalRows, totalRows));
  const out: string[] = [];
  const closers: string[] = [];
  let used = 0;
  let reservedClosers = 0;
  let shownRows = 0;

  for (const piece of pieces) {
    if (piece.kind === 'close') {
      const closer = closers.pop() ?? '';
      out.push(closer);
      used += bytes(closer);
      reservedClosers -= bytes(closer);
      continue;
    }
    const cost = bytes(piece.text) + (piece.kind === 'open' ? bytes(piece.close) : 0);
    if (used + cost + reservedClosers + noteReserve > maxBytes) break;
    out.push(piece.text);
    used += bytes(piece.text);
    if (piece.kind === 'open') {
      closers.push(piece.close);
      reservedClosers += bytes(piece.close);
    } else {
      shownRows += piece.rows ?? 0;
    }
  }
  while (closers.length > 0) out.push(closers.pop() ?? '');
  out.push(options.note(shownRows, totalRows));
  const result = out.join('');
  if (bytes(result) > maxBytes) {
    // Only reachable when the budget cannot hold even the opening pieces and the note.
    throw new RangeError(`layout: maxBytes ${maxBytes} is too small to hold the report's header and truncation note.`);
  }
  return result;
}

function joinAll(pieces: readonly Piece[]): string {
  const out: string[] = [];
  const closers: string[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'close') out.push(closers.pop() ?? '');
    else {
      out.push(piece.text);
      if (piece.kind === 'open') closers.push(piece.close);
    }
  }
  while (closers.length > 0) out.push(closers.pop() ?? '');
  return out.join('');
}
