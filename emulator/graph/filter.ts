// The slice of OData $filter that Graph's directory endpoints accept and that readers use:
//   prop eq 'v' | prop ne 'v' | prop in ('a','b') | startswith(prop,'v') | coll/any(x:x eq 'v')
// combined with and / or / not and parentheses. Strings use '' for a quote (OData).
// Directory string comparisons are case-insensitive, so they are here too.
import { GraphHttpError } from './errors.js';

type Literal = string | number | boolean | null;

export type FilterExpr =
  | { kind: 'cmp'; op: 'eq' | 'ne'; prop: string; value: Literal }
  | { kind: 'in'; prop: string; values: Literal[] }
  | { kind: 'startswith'; prop: string; value: string }
  | { kind: 'any'; prop: string; value: Literal }
  | { kind: 'and' | 'or'; left: FilterExpr; right: FilterExpr }
  | { kind: 'not'; expr: FilterExpr };

type Token =
  | { t: 'str'; v: string }
  | { t: 'word'; v: string }
  | { t: 'num'; v: number }
  | { t: 'punct'; v: '(' | ')' | ',' | ':' | '/' };

function invalid(detail: string): GraphHttpError {
  return new GraphHttpError(400, 'BadRequest', `Invalid filter clause: ${detail}`);
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (c === ' ' || c === '\t') {
      i += 1;
    } else if (c === "'") {
      let v = '';
      i += 1;
      for (;;) {
        if (i >= src.length) throw invalid('unterminated string literal.');
        if (src[i] === "'") {
          if (src[i + 1] === "'") {
            v += "'";
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        v += src[i];
        i += 1;
      }
      out.push({ t: 'str', v });
    } else if ('(),:/'.includes(c)) {
      out.push({ t: 'punct', v: c as '(' | ')' | ',' | ':' | '/' });
      i += 1;
    } else {
      const m = /^[A-Za-z0-9_.@-]+/.exec(src.slice(i));
      if (!m) throw invalid(`unexpected character '${c}' at position ${i}.`);
      const word = m[0];
      out.push(/^-?\d+(\.\d+)?$/.test(word) ? { t: 'num', v: Number(word) } : { t: 'word', v: word });
      i += word.length;
    }
  }
  return out;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): FilterExpr {
    const e = this.or();
    if (this.pos < this.tokens.length) throw invalid(`unexpected '${this.describe(this.tokens[this.pos])}'.`);
    return e;
  }

  private describe(tok: Token | undefined): string {
    return tok === undefined ? 'end of input' : String(tok.v);
  }

  private peekWord(word: string): boolean {
    const tok = this.tokens[this.pos];
    return tok?.t === 'word' && tok.v.toLowerCase() === word;
  }

  private expectPunct(p: string): void {
    const tok = this.tokens[this.pos];
    if (tok?.t !== 'punct' || tok.v !== p) throw invalid(`expected '${p}' but found '${this.describe(tok)}'.`);
    this.pos += 1;
  }

  private word(): string {
    const tok = this.tokens[this.pos];
    if (tok?.t !== 'word') throw invalid(`expected a property name but found '${this.describe(tok)}'.`);
    this.pos += 1;
    return tok.v;
  }

  private literal(): Literal {
    const tok = this.tokens[this.pos];
    this.pos += 1;
    if (tok?.t === 'str' || tok?.t === 'num') return tok.v;
    if (tok?.t === 'word') {
      const w = tok.v.toLowerCase();
      if (w === 'true') return true;
      if (w === 'false') return false;
      if (w === 'null') return null;
      // Unquoted GUIDs are accepted by Graph for Guid-typed properties (e.g. appOwnerOrganizationId).
      if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(tok.v)) return tok.v;
    }
    throw invalid(`expected a literal but found '${this.describe(tok)}'.`);
  }

  private or(): FilterExpr {
    let left = this.and();
    while (this.peekWord('or')) {
      this.pos += 1;
      left = { kind: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): FilterExpr {
    let left = this.unary();
    while (this.peekWord('and')) {
      this.pos += 1;
      left = { kind: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): FilterExpr {
    if (this.peekWord('not')) {
      this.pos += 1;
      return { kind: 'not', expr: this.unary() };
    }
    const tok = this.tokens[this.pos];
    if (tok?.t === 'punct' && tok.v === '(') {
      this.pos += 1;
      const e = this.or();
      this.expectPunct(')');
      return e;
    }
    if (this.peekWord('startswith')) {
      this.pos += 1;
      this.expectPunct('(');
      const prop = this.word();
      this.expectPunct(',');
      const value = this.literal();
      this.expectPunct(')');
      if (typeof value !== 'string') throw invalid('startswith needs a string literal.');
      return { kind: 'startswith', prop, value };
    }
    const prop = this.word();
    const next = this.tokens[this.pos];
    if (next?.t === 'punct' && next.v === '/') {
      this.pos += 1;
      const fn = this.word();
      if (fn.toLowerCase() !== 'any') throw invalid(`lambda operator '${fn}' is not supported.`);
      this.expectPunct('(');
      const variable = this.word();
      this.expectPunct(':');
      const ref = this.word();
      if (ref !== variable) throw invalid(`range variable '${ref}' is not defined.`);
      if (!this.peekWord('eq')) throw invalid('only eq is supported inside any().');
      this.pos += 1;
      const value = this.literal();
      this.expectPunct(')');
      return { kind: 'any', prop, value };
    }
    if (this.peekWord('eq') || this.peekWord('ne')) {
      const op = this.word().toLowerCase() as 'eq' | 'ne';
      return { kind: 'cmp', op, prop, value: this.literal() };
    }
    if (this.peekWord('in')) {
      this.pos += 1;
      this.expectPunct('(');
      const values: Literal[] = [this.literal()];
      for (;;) {
        const t = this.tokens[this.pos];
        if (t?.t === 'punct' && t.v === ',') {
          this.pos += 1;
          values.push(this.literal());
          continue;
        }
        break;
      }
      this.expectPunct(')');
      return { kind: 'in', prop, values };
    }
    throw invalid(`unsupported operator '${this.describe(next)}' after '${prop}'.`);
  }
}

export function parseFilter(src: string): FilterExpr {
  return new Parser(tokenize(src)).parse();
}

/** Properties an expression mentions, to validate them against the resource's filterable set. */
export function filterProperties(e: FilterExpr): string[] {
  switch (e.kind) {
    case 'and':
    case 'or':
      return [...filterProperties(e.left), ...filterProperties(e.right)];
    case 'not':
      return filterProperties(e.expr);
    default:
      return [e.prop];
  }
}

function same(a: unknown, b: Literal): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  return (a ?? null) === b;
}

export function evaluateFilter(e: FilterExpr, item: Record<string, unknown>): boolean {
  switch (e.kind) {
    case 'and':
      return evaluateFilter(e.left, item) && evaluateFilter(e.right, item);
    case 'or':
      return evaluateFilter(e.left, item) || evaluateFilter(e.right, item);
    case 'not':
      return !evaluateFilter(e.expr, item);
    case 'cmp':
      return e.op === 'eq' ? same(item[e.prop], e.value) : !same(item[e.prop], e.value);
    case 'in':
      return e.values.some((v) => same(item[e.prop], v));
    case 'startswith': {
      const v = item[e.prop];
      return typeof v === 'string' && v.toLowerCase().startsWith(e.value.toLowerCase());
    }
    case 'any': {
      const v = item[e.prop];
      return Array.isArray(v) && v.some((x) => same(x, e.value));
    }
  }
}
