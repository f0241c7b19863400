import { execFile } from 'node:child_process';
import { closeSync, openSync, readSync } from 'node:fs';
import { promisify } from 'node:util';

/** Live objects of one group of a heap snapshot: a constructor (`Object`, `Map`, …) or a node type (`(string)`, …). */
export interface HeapGroup {
  name: string;
  count: number;
  selfBytes: number;
}

export interface HeapSummary {
  /** Sum of every node's self size: the live V8 heap after the full GC the snapshot starts with. */
  totalBytes: number;
  nodeCount: number;
  /** The largest groups by self size, largest first. */
  groups: HeapGroup[];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const ZERO = 0x30;
const NINE = 0x39;
const isWhitespace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/**
 * Reads the few shapes of JSON a heap snapshot is made of, straight from the file in 1 MB chunks. A snapshot of a
 * few hundred MB is more text than one V8 string may hold (~512 MB), so `JSON.parse` of the whole file is no option;
 * only the small `snapshot.meta` object is parsed that way.
 */
class SnapshotReader {
  private readonly buffer = Buffer.allocUnsafe(1 << 20);
  private position = 0;
  private length = 0;

  constructor(private readonly fd: number) {}

  /** The next byte, not consumed; -1 at the end of the file. */
  peek(): number {
    if (this.position === this.length) {
      this.length = readSync(this.fd, this.buffer, 0, this.buffer.length, null);
      this.position = 0;
      if (this.length === 0) return -1;
    }
    return this.buffer[this.position];
  }

  /** The next byte that is not whitespace, not consumed. */
  peekToken(): number {
    let byte = this.peek();
    while (isWhitespace(byte)) {
      this.position++;
      byte = this.peek();
    }
    return byte;
  }

  expect(byte: number): void {
    const found = this.peekToken();
    if (found !== byte)
      throw new Error(
        `heap snapshot: expected '${String.fromCharCode(byte)}', found ${found === -1 ? 'the end of the file' : `'${String.fromCharCode(found)}'`}`,
      );
    this.position++;
  }

  /** After a value in an object or array: true when another one follows, false at the closing bracket. */
  another(close: number): boolean {
    const byte = this.peekToken();
    this.position++;
    if (byte === COMMA) return true;
    if (byte === close) return false;
    throw new Error(`heap snapshot: expected ',' or '${String.fromCharCode(close)}', found '${String.fromCharCode(byte)}'`);
  }

  /** A JSON string, decoded when `keep`, skipped (undefined) otherwise. */
  string(keep: boolean): string | undefined {
    this.expect(QUOTE);
    const pieces: Buffer[] = [];
    let escaped = false;
    for (;;) {
      if (this.peek() === -1) throw new Error('heap snapshot: the file ends inside a string');
      const start = this.position;
      let closed = false;
      while (this.position < this.length) {
        const byte = this.buffer[this.position];
        if (escaped) escaped = false;
        else if (byte === BACKSLASH) escaped = true;
        else if (byte === QUOTE) {
          closed = true;
          break;
        }
        this.position++;
      }
      // The buffer is refilled in place: a kept piece must be a copy.
      if (keep) pieces.push(Buffer.from(this.buffer.subarray(start, this.position)));
      if (closed) {
        this.position++;
        // Escapes (\n, \uXXXX) are JSON's; multi-byte UTF-8 may straddle two pieces, so decode after joining.
        return keep ? (JSON.parse(`"${Buffer.concat(pieces).toString('utf8')}"`) as string) : undefined;
      }
    }
  }

  /** Any JSON value, skipped, or returned as its text when `keep` (meant for small values). */
  value(keep = false): string | undefined {
    this.peekToken();
    const pieces: Buffer[] = [];
    let depth = 0;
    let inString = false;
    let escaped = false;
    for (;;) {
      if (this.peek() === -1) throw new Error('heap snapshot: the file ends inside a value');
      const start = this.position;
      let done = false;
      while (this.position < this.length && !done) {
        const byte = this.buffer[this.position];
        if (inString) {
          if (escaped) escaped = false;
          else if (byte === BACKSLASH) escaped = true;
          else if (byte === QUOTE) inString = false;
        } else if (byte === QUOTE) inString = true;
        else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++;
        else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) depth--;
        if (depth < 0 || (depth === 0 && !inString && (byte === COMMA || isWhitespace(byte)))) break;
        this.position++;
        // A string, object or array ends with its closing byte; a number or literal before the next delimiter.
        done = depth === 0 && !inString && (byte === QUOTE || byte === CLOSE_BRACE || byte === CLOSE_BRACKET);
      }
      if (keep) pieces.push(Buffer.from(this.buffer.subarray(start, this.position)));
      if (done || this.position < this.length) return keep ? Buffer.concat(pieces).toString('utf8') : undefined;
    }
  }

  /** An array of non-negative integers (`nodes`, `edges`), each handed to `onInteger` in order. */
  integers(onInteger: (value: number) => void): void {
    this.expect(OPEN_BRACKET);
    if (this.peekToken() === CLOSE_BRACKET) return void this.position++;
    do {
      let byte = this.peekToken();
      if (byte < ZERO || byte > NINE)
        throw new Error(`heap snapshot: expected a non-negative integer, found '${String.fromCharCode(byte)}'`);
      let value = 0;
      while (byte >= ZERO && byte <= NINE) {
        value = value * 10 + (byte - ZERO);
        this.position++;
        byte = this.peek();
      }
      onInteger(value);
    } while (this.another(CLOSE_BRACKET));
  }

  /** An array of strings; `onString` gets each index and, when `keep(index)`, the decoded string. */
  strings(keep: (index: number) => boolean, onString: (index: number, text: string) => void): void {
    this.expect(OPEN_BRACKET);
    if (this.peekToken() === CLOSE_BRACKET) return void this.position++;
    let index = 0;
    do {
      const wanted = keep(index);
      const text = this.string(wanted);
      if (wanted) onString(index, text!);
      index++;
    } while (this.another(CLOSE_BRACKET));
  }
}

interface SnapshotMeta {
  node_fields: string[];
  node_types: unknown[];
}

/** Node types DevTools also shows as one group each: their names are values or internals, not constructors. */
const GROUP_OF_TYPE: Record<string, string> = {
  string: '(string)',
  'concatenated string': '(string)',
  'sliced string': '(string)',
  code: '(compiled code)',
  array: '(array)',
  closure: '(closure)',
  hidden: '(system)',
  'object shape': '(object shape)',
  number: '(number)',
  regexp: '(regexp)',
  symbol: '(symbol)',
  bigint: '(bigint)',
  synthetic: '(synthetic)',
};

/**
 * Self size and count of a `.heapsnapshot`'s nodes by group: objects (and native objects) by their constructor
 * name, everything else by node type, as the Summary view of Chrome DevTools groups them. The field order and the
 * type names come from `snapshot.meta`, which V8 writes before `nodes`; names are indexes into `strings`, which
 * comes after, so nodes are aggregated by name index first and only the names of the groups are decoded.
 */
export function summariseHeapSnapshot(path: string, top = 15): HeapSummary {
  const fd = openSync(path, 'r');
  try {
    const reader = new SnapshotReader(fd);
    let meta: SnapshotMeta | undefined;
    const byType = new Map<string, HeapGroup>();
    const byNameIndex = new Map<number, { count: number; selfBytes: number }>();
    const names = new Map<number, string>();
    let totalBytes = 0;
    let nodeCount = 0;
    reader.expect(OPEN_BRACE);
    do {
      const key = reader.string(true);
      reader.expect(COLON);
      if (key === 'snapshot') meta = (JSON.parse(reader.value(true)!) as { meta: SnapshotMeta }).meta;
      else if (key === 'nodes') {
        if (!meta) throw new Error('heap snapshot: `nodes` comes before `snapshot.meta`');
        const fields = meta.node_fields;
        const [typeField, nameField, sizeField] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field));
        if (Math.min(typeField, nameField, sizeField) < 0) throw new Error(`heap snapshot: node_fields ${fields.join(', ')}`);
        const typeNames = meta.node_types[typeField] as string[];
        let field = 0;
        let type = '';
        let name = 0;
        let selfBytes = 0;
        reader.integers((value) => {
          if (field === typeField) type = typeNames[value] ?? `type ${value}`;
          else if (field === nameField) name = value;
          else if (field === sizeField) selfBytes = value;
          if (++field < fields.length) return;
          field = 0;
          totalBytes += selfBytes;
          nodeCount++;
          const typeGroup = GROUP_OF_TYPE[type];
          const group = typeGroup ? byType.get(typeGroup) : byNameIndex.get(name);
          if (group) {
            group.count++;
            group.selfBytes += selfBytes;
          } else if (typeGroup) byType.set(typeGroup, { name: typeGroup, count: 1, selfBytes });
          else byNameIndex.set(name, { count: 1, selfBytes });
        });
        if (field !== 0) throw new Error('heap snapshot: `nodes` is not a whole number of nodes');
      } else if (key === 'strings') {
        reader.strings(
          (index) => byNameIndex.has(index),
          (index, text) => names.set(index, text),
        );
      } else reader.value();
    } while (reader.another(CLOSE_BRACE));
    if (!meta) throw new Error('heap snapshot: no `snapshot.meta`');
    const groups = [...byType.values()];
    for (const [index, group] of byNameIndex) {
      const name = names.get(index) ?? `(string ${index})`;
      // Strings are deduplicated in a snapshot, but merging keeps the sums right if one ever is not.
      const same = groups.find((g) => g.name === name);
      if (same) {
        same.count += group.count;
        same.selfBytes += group.selfBytes;
      } else groups.push({ name, ...group });
    }
    groups.sort((a, b) => b.selfBytes - a.selfBytes);
    return { totalBytes, nodeCount, groups: groups.slice(0, top) };
  } finally {
    closeSync(fd);
  }
}

const mb = (bytes: number) => bytes / 2 ** 20;

/** The summary as a plain-text table (printed by the bench and by this file's command line). */
export function renderHeapSummary(summary: HeapSummary): string {
  const width = Math.max(5, ...summary.groups.map((g) => g.name.length));
  return [
    `V8 heap: ${mb(summary.totalBytes).toFixed(1)} MB in ${summary.nodeCount.toLocaleString('en')} nodes`,
    `${'group'.padEnd(width)}  ${'self MB'.padStart(9)}  ${'share'.padStart(6)}  ${'count'.padStart(11)}`,
    ...summary.groups.map(
      (g) =>
        `${g.name.padEnd(width)}  ${mb(g.selfBytes).toFixed(1).padStart(9)}  ${((100 * g.selfBytes) / summary.totalBytes).toFixed(1).padStart(5)}%  ${g.count.toLocaleString('en').padStart(11)}`,
    ),
  ].join('\n');
}

/**
 * The summary computed in a child process (this file, `--json`): reading is synchronous, and the bench's event loop
 * keeps sampling and serving meanwhile.
 */
export async function summariseHeapSnapshotInChild(path: string): Promise<HeapSummary> {
  const { stdout } = await promisify(execFile)(process.execPath, [__filename, '--json', path], { maxBuffer: 16 * 2 ** 20 });
  return JSON.parse(stdout) as HeapSummary;
}

// `node dist/bench/heap-summary.js [--json] <file.heapsnapshot>`
if (require.main === module) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const path = args.find((arg) => arg !== '--json');
  if (!path) {
    console.error('usage: node dist/bench/heap-summary.js [--json] <file.heapsnapshot>');
    process.exitCode = 2;
  } else {
    const summary = summariseHeapSnapshot(path);
    console.log(json ? JSON.stringify(summary) : renderHeapSummary(summary));
  }
}
