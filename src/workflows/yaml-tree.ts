// A small positioned tree built from the `yaml` AST: every node keeps its 1-based line, so findings can point
// at the exact line of a job, its `environment:` or a step. Workflow files are untrusted and GitHub Actions
// accepts anchors and aliases, so their number is not limited; what is limited is the size of the tree once
// every alias is expanded (nodes and scalar characters), which stops alias bombs at a bounded cost. Every step
// is linear in that size: duplicate keys are found with a hash map here (yaml's own uniqueKeys check compares
// every pair of keys, quadratic in the size of a map).
import {
  Alias,
  Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Node,
} from 'yaml';

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

/** Nodes of the tree once aliases are expanded; the largest real workflows have a few thousand. */
export const MAX_NODES = 200_000;
/** Characters of all scalars once aliases are expanded (a 1 MiB file expands to at most this). */
export const MAX_EXPANDED_CHARS = 16 * 1024 * 1024;
const MAX_ALIAS_DEPTH = 20;

class TooLarge extends Error {
  constructor(
    message: string,
    readonly line = 1,
  ) {
    super(message);
  }
}

/** Parses one YAML document into a positioned tree; never throws. */
export function parseYamlTree(text: string): TreeResult {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  } catch (error) {
    return { ok: false, line: 1, message: `YAML could not be parsed: ${messageOf(error)}` };
  }
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line ?? lineCounter.linePos(first.pos[0]).line;
    return { ok: false, line, message: `invalid YAML: ${firstLine(first.message)}` };
  }
  const builder = new TreeBuilder(doc, lineCounter);
  try {
    return { ok: true, root: builder.build(doc.contents as Node | null, 0) };
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, line: error.line, message: error.message };
    return { ok: false, line: 1, message: `YAML could not be read: ${firstLine(messageOf(error))}` };
  }
}

class TreeBuilder {
  private nodes = 0;
  private chars = 0;

  /** Each alias → the node it names, found in one pass (yaml's Alias.resolve walks the document per alias). */
  private readonly targets = new Map<Alias, Node>();

  constructor(
    doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {
    // An alias names the last node before it with that anchor: visit in document order, remembering anchors.
    const anchors = new Map<string, Node>();
    visit(doc, {
      Node: (_key, node) => {
        if (isAlias(node)) {
          const target = anchors.get(node.source);
          if (target) this.targets.set(node, target);
        } else if (node.anchor) anchors.set(node.anchor, node);
      },
    });
  }

  build(node: Node | null | undefined, aliasDepth: number): TreeNode {
    this.nodes += 1;
    if (this.nodes > MAX_NODES)
      throw new TooLarge(`YAML refused: more than ${MAX_NODES} nodes once anchors and aliases are expanded`);
    if (node === null || node === undefined) return { kind: 'scalar', line: 1, value: null };
    const line = this.lineOf(node);
    if (isAlias(node)) {
      if (aliasDepth > MAX_ALIAS_DEPTH) throw new TooLarge('YAML refused: aliases nested too deeply', line);
      const target = this.targets.get(node);
      return { ...this.build(target as Node | undefined, aliasDepth + 1), line };
    }
    if (isMap(node)) {
      const entries: MapEntry[] = [];
      // Where each key sits in `entries`, and which keys were written explicitly (not merged in).
      const index = new Map<string, number>();
      const explicit = new Set<string>();
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
              if (index.has(entry.key)) continue;
              index.set(entry.key, entries.length);
              entries.push(entry);
            }
          }
          continue;
        }
        if (explicit.has(key)) throw new TooLarge('invalid YAML: Map keys must be unique', keyLine);
        explicit.add(key);
        const value = this.build(pair.value as Node | null, aliasDepth);
        const entry = { key, keyLine, value: pair.value === null ? { ...value, line: keyLine } : value };
        // An explicit key overrides a merged one in place.
        const existing = index.get(key);
        if (existing === undefined) {
          index.set(key, entries.length);
          entries.push(entry);
        } else entries[existing] = entry;
      }
      return { kind: 'map', line, entries };
    }
    if (isSeq(node)) {
      return { kind: 'seq', line, items: node.items.map((item) => this.build(item as Node | null, aliasDepth)) };
    }
    if (isScalar(node)) {
      const value = node.value;
      const text = value === null || value === undefined ? null : String(value);
      this.chars += text?.length ?? 0;
      if (this.chars > MAX_EXPANDED_CHARS)
        throw new TooLarge(
          `YAML refused: more than ${MAX_EXPANDED_CHARS} characters once anchors and aliases are expanded`,
        );
      return { kind: 'scalar', line, value: text };
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
