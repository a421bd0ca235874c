// A small positioned tree built from the `yaml` AST: every node keeps its 1-based line, so findings can point
// at the exact line of a job, its `environment:` or a step. Workflow files are untrusted: alias bombs are
// refused by yaml's own maxAliasCount check and by a cap on the number of nodes built here.
import { Alias, Document, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export type TreeNode = MapNode | SeqNode | ScalarNode;

export interface MapEntry {
  key: string;
  keyLine: number;
  value: TreeNode;
}

export interface MapNode {
  kind: 'map';
  line: number;
  entries: MapEntry[];
}

export interface SeqNode {
  kind: 'seq';
  line: number;
  items: TreeNode[];
}

export interface ScalarNode {
  kind: 'scalar';
  line: number;
  /** The scalar as text; null for an empty value or `~`. */
  value: string | null;
}

export type TreeResult = { ok: true; root: TreeNode } | { ok: false; line: number; message: string };

const MAX_ALIAS_COUNT = 100;
const MAX_NODES = 200_000;

class TooLarge extends Error {}

/** Parses one YAML document into a positioned tree; never throws. */
export function parseYamlTree(text: string): TreeResult {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    return { ok: false, line: 1, message: `YAML could not be parsed: ${messageOf(error)}` };
  }
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line ?? lineCounter.linePos(first.pos[0]).line;
    return { ok: false, line, message: `invalid YAML: ${firstLine(first.message)}` };
  }
  try {
    // yaml enforces maxAliasCount only while converting to JavaScript: run it once as the bomb check.
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return { ok: false, line: 1, message: `YAML refused: ${firstLine(messageOf(error))}` };
  }
  const builder = new TreeBuilder(doc, lineCounter);
  try {
    return { ok: true, root: builder.build(doc.contents as Node | null, 0) };
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, line: 1, message: error.message };
    return { ok: false, line: 1, message: `YAML could not be read: ${firstLine(messageOf(error))}` };
  }
}

class TreeBuilder {
  private nodes = 0;

  constructor(
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  build(node: Node | null | undefined, aliasDepth: number): TreeNode {
    this.nodes += 1;
    if (this.nodes > MAX_NODES) throw new TooLarge(`YAML refused: more than ${MAX_NODES} nodes`);
    if (node === null || node === undefined) return { kind: 'scalar', line: 1, value: null };
    const line = this.lineOf(node);
    if (isAlias(node)) {
      if (aliasDepth > 20) throw new TooLarge('YAML refused: aliases nested too deeply');
      const target = (node as Alias).resolve(this.doc);
      return { ...this.build(target as Node | undefined, aliasDepth + 1), line };
    }
    if (isMap(node)) {
      const entries: MapEntry[] = [];
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const key = isScalar(keyNode) ? String(keyNode.value ?? '') : '';
        const keyLine = keyNode ? this.lineOf(keyNode) : line;
        if (key === '<<') {
          // Merge keys: copy the merged map's entries (explicit keys win, as in YAML 1.1 merge semantics).
          const merged = this.build(pair.value as Node | null, aliasDepth + 1);
          const sources = merged.kind === 'seq' ? merged.items : [merged];
          for (const source of sources) {
            if (source.kind !== 'map') continue;
            for (const entry of source.entries) {
              if (!entries.some((e) => e.key === entry.key)) entries.push(entry);
            }
          }
          continue;
        }
        const value = this.build(pair.value as Node | null, aliasDepth);
        const existing = entries.findIndex((e) => e.key === key);
        if (existing >= 0) entries.splice(existing, 1);
        entries.push({ key, keyLine, value: pair.value === null ? { ...value, line: keyLine } : value });
      }
      return { kind: 'map', line, entries };
    }
    if (isSeq(node)) {
      return { kind: 'seq', line, items: node.items.map((item) => this.build(item as Node | null, aliasDepth)) };
    }
    if (isScalar(node)) {
      const value = node.value;
      return { kind: 'scalar', line, value: value === null || value === undefined ? null : String(value) };
    }
    return { kind: 'scalar', line, value: null };
  }

  private lineOf(node: Node): number {
    const offset = node.range?.[0];
    return offset === undefined ? 1 : this.lines.linePos(offset).line;
  }
}

/** The entry of a map by key, if the node is a map. */
export function entryOf(node: TreeNode | undefined, key: string): MapEntry | undefined {
  if (node?.kind !== 'map') return undefined;
  return node.entries.find((e) => e.key === key);
}

export function valueOf(node: TreeNode | undefined, key: string): TreeNode | undefined {
  return entryOf(node, key)?.value;
}

/** A scalar's text; undefined for maps, sequences and empty values. */
export function textOf(node: TreeNode | undefined): string | undefined {
  return node?.kind === 'scalar' && node.value !== null ? node.value : undefined;
}

/** A scalar or a list of scalars as a list of strings (GitHub accepts both for filters and `needs`). */
export function stringList(node: TreeNode | undefined): string[] | undefined {
  if (!node) return undefined;
  if (node.kind === 'scalar') return node.value === null ? [] : [node.value];
  if (node.kind === 'seq') return node.items.flatMap((i) => (i.kind === 'scalar' && i.value !== null ? [i.value] : []));
  return undefined;
}

/** A map of scalars (env:, with:, secrets:) as string pairs; nested values are skipped. */
export function stringMap(node: TreeNode | undefined): Record<string, string> {
  // No prototype: keys come from untrusted files (`__proto__` must stay an ordinary key).
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  if (node?.kind !== 'map') return out;
  for (const entry of node.entries) {
    if (entry.value.kind === 'scalar') out[entry.key] = entry.value.value ?? '';
  }
  return out;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
