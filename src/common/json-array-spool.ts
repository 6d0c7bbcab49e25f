import { errorCodes } from 'fastify';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { DomainError, FieldError } from './domain-error';
import { decodeJsonBody, findInvalidText, invalidTextError } from './request-input';

export interface StreamedJsonOptions {
  /** The route's body limit in bytes. */
  limit: number;
  maxDepth: number;
  /** The Content-Length header as a number (NaN without one). */
  contentLength: number;
  /** Parses a JSON text as the buffered routes do (same errors, same prototype-poisoning refusal). */
  parse: (text: string) => unknown;
}

/** A body that is not a JSON array: parsed whole and checked as the buffered routes do. */
export interface WholeJsonBody {
  kind: 'value';
  value: unknown;
}

/** A JSON array checked whole and kept on disk, read back element by element. */
export interface SpooledJsonArray {
  kind: 'array';
  /** Number of elements in the array (all of them, beyond `maxElements` too). */
  length: number;
  /** The first `maxElements` elements, parsed again from the spool as they are asked for. */
  elements(): AsyncIterable<unknown>;
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const BOM = [0xef, 0xbb, 0xbf];
const READ_BLOCK = 1 << 20;

/** Spool folders are named after the process that made them, so a later start can tell orphans. */
const SPOOL_PREFIX = 'passerelle-json-';

/**
 * Removes the spool folders that processes no longer running left behind (a process killed
 * mid-import never reaches its own cleanup); a folder of a live process, this one included, is
 * kept. Returns the folders removed. `dir` is the temporary directory (a test passes its own).
 */
export async function removeOrphanSpools(dir = tmpdir()): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const match = new RegExp(`^${SPOOL_PREFIX}(\\d+)-`).exec(name);
    if (!match || processExists(Number(match[1]))) continue;
    await rm(join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's; only ESRCH says it is gone.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * A JSON body handed to its route unread (RequestLimits `streamJson`), for bodies too large to
 * hold as one parsed value: the alumni import takes 50,000 rows.
 *
 * `read` goes over the body twice so that every refusal the buffered routes make still comes
 * before the route acts on anything: the first pass copies the bytes to a temporary file while
 * it checks them exactly as a buffered body is checked (size, Content-Length, strict UTF-8,
 * nesting depth, JSON syntax, invalid text with the same field paths, each failure with the same
 * problem and the same precedence) and counts the array's elements, parsing them one at a time
 * and keeping only their byte offsets; the second pass reads the file back and parses one
 * element at a time, as fast as the consumer asks for them. Memory stays bounded by the
 * largest element, whatever the size of the array. The file is removed once `use` settles.
 */
export class StreamedJsonBody {
  constructor(
    private readonly payload: Readable,
    private readonly options: StreamedJsonOptions,
  ) {}

  async read<T>(maxElements: number, use: (body: WholeJsonBody | SpooledJsonArray) => Promise<T>): Promise<T> {
    const dir = await mkdtemp(join(tmpdir(), `${SPOOL_PREFIX}${process.pid}-`));
    try {
      const file = join(dir, 'body.json');
      const scan = await this.spool(file, maxElements);
      if (scan.bytes === 0) return await use({ kind: 'value', value: undefined });
      if (!scan.array) {
        // Not an array: a rare, refused shape, checked by the buffered routes' own code.
        const value = this.options.parse(decodeJsonBody(await readFile(file), this.options.maxDepth));
        const errors = findInvalidText(value, '');
        if (errors.length > 0) throw invalidTextError(errors);
        return await use({ kind: 'value', value });
      }
      const { starts, ends } = scan;
      const parse = this.options.parse;
      return await use({
        kind: 'array',
        length: scan.length,
        async *elements() {
          const stream = createReadStream(file, { highWaterMark: READ_BLOCK });
          let window: Buffer = Buffer.alloc(0);
          let windowStart = 0;
          let i = 0;
          for await (const chunk of stream as AsyncIterable<Buffer>) {
            window = window.length === 0 ? chunk : Buffer.concat([window, chunk]);
            while (i < starts.length && ends[i] <= windowStart + window.length) {
              const text = window.toString('utf8', starts[i] - windowStart, ends[i] - windowStart);
              i++;
              yield parse(text);
            }
            if (i === starts.length) break;
            const keep = starts[i] - windowStart;
            window = window.subarray(keep);
            windowStart += keep;
          }
        },
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** The first pass: copies the body to `file` and checks it (see the class comment). */
  private spool(file: string, maxElements: number): Promise<ScanResult> {
    const { limit, contentLength } = this.options;
    const scanner = new JsonArrayScanner(this.options, maxElements);
    const out = createWriteStream(file);
    const payload = this.payload;
    return new Promise<ScanResult>((resolve, reject) => {
      let received = 0;
      let settled = false;
      const finish = (error: Error | null) => {
        if (settled) return;
        settled = true;
        payload.removeListener('data', onData);
        payload.removeListener('end', onEnd);
        payload.removeListener('error', onError);
        // What the client still sends is read and dropped, as Fastify does past a body limit.
        if (error) payload.resume();
        // A spool that could not be written fully is an error of its own (a full disk), never a short body.
        out.end((writeError?: Error | null) =>
          error ? reject(error) : writeError ? reject(writeError) : resolve(scanner.result(received)),
        );
      };
      const onData = (chunk: Buffer | string) => {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        received += bytes.length;
        const encoded = (payload as { receivedEncodedLength?: number }).receivedEncodedLength ?? 0;
        if (received > limit || encoded > limit) return finish(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
        scanner.push(bytes);
        // Only a body that can still be accepted is worth keeping; the file bounds nothing else.
        if (!scanner.failed && !out.write(bytes)) {
          payload.pause();
          out.once('drain', () => payload.resume());
        }
      };
      const onEnd = () => {
        const length = (payload as { receivedEncodedLength?: number }).receivedEncodedLength || received;
        if (!Number.isNaN(contentLength) && length !== contentLength) return finish(new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH());
        try {
          scanner.end();
        } catch (error) {
          return finish(error as Error);
        }
        finish(null);
      };
      const onError = (error: Error & { statusCode?: number }) => {
        if (!(typeof error.statusCode === 'number' && error.statusCode >= 400)) error.statusCode = 400;
        finish(error);
      };
      out.on('error', (error) => {
        if (settled) return;
        settled = true;
        payload.removeListener('data', onData);
        payload.removeListener('end', onEnd);
        payload.removeListener('error', onError);
        payload.resume();
        reject(error);
      });
      payload.on('data', onData);
      payload.on('end', onEnd);
      payload.on('error', onError);
      payload.resume();
    });
  }
}

interface ScanResult {
  bytes: number;
  array: boolean;
  length: number;
  starts: number[];
  ends: number[];
}

/**
 * Scans a JSON body byte by byte. Its nesting count is decodeJsonBody's (brackets outside string
 * literals, a backslash skipping what follows; every structural character is ASCII, and the bytes
 * of a multi-byte UTF-8 character are all ≥ 0x80, so bytes and characters give the same count).
 * When the body is an array it is cut at the commas and the closing bracket of nesting level 1,
 * and each element's bytes go to the same JSON parser as a whole body: the array is accepted
 * exactly when the whole text would be. Failures are kept in the order the buffered routes check
 * (UTF-8, then depth, then syntax, then invalid text) and the first of the earliest kind wins.
 */
class JsonArrayScanner {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  private offset = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** 0: before the first value; 1: inside the top-level array; 2: after it; 3: not an array. */
  private phase = 0;
  private bomBytes = 0;
  private elementStart = 0;
  private readonly pending: Buffer[] = [];
  private length = 0;
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private utf8Error: Error | undefined;
  private depthError: Error | undefined;
  private syntaxError: Error | undefined;
  private readonly textErrors: FieldError[] = [];

  constructor(
    private readonly options: StreamedJsonOptions,
    private readonly maxElements: number,
  ) {}

  /** True once the body is known to be refused (the spool is then useless). */
  get failed(): boolean {
    return this.utf8Error !== undefined || this.depthError !== undefined || this.syntaxError !== undefined || this.textErrors.length > 0;
  }

  push(chunk: Buffer): void {
    const base = this.offset;
    this.offset += chunk.length;
    if (this.utf8Error) return;
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      this.utf8Error = new DomainError('malformed_body', 'The body is not valid UTF-8');
      return;
    }
    if (this.depthError) return;
    const maxDepth = this.options.maxDepth;
    // Where the current element starts in this chunk (0 when it began in an earlier one).
    let from = this.phase === 1 ? Math.max(0, this.elementStart - base) : 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 0x5c) this.escaped = true;
        else if (c === 0x22) this.inString = false;
        continue;
      }
      if (this.phase === 0) {
        if (base + i < 3 && this.bomBytes === base + i && c === BOM[base + i]) {
          this.bomBytes++;
          continue;
        }
        if (WHITESPACE.has(c)) continue;
        if (c === 0x5b) {
          this.phase = 1;
          this.elementStart = base + i + 1;
          from = i + 1;
        } else this.phase = 3;
      } else if (this.phase === 2 && !WHITESPACE.has(c)) {
        this.syntax();
      }
      if (c === 0x22) this.inString = true;
      else if (c === 0x7b || c === 0x5b) {
        if (++this.depth > maxDepth) {
          this.depthError = new DomainError('body_too_deep', `The body nests arrays and objects more than ${maxDepth} levels deep`);
          return;
        }
      } else if (c === 0x7d || c === 0x5d) {
        this.depth--;
        if (this.phase === 1 && this.depth === 0) {
          if (c === 0x7d) this.syntax();
          else this.element(chunk.subarray(from, i), base + i, true);
          this.phase = 2;
        }
      } else if (c === 0x2c && this.phase === 1 && this.depth === 1) {
        this.element(chunk.subarray(from, i), base + i, false);
        this.elementStart = base + i + 1;
        from = i + 1;
      }
    }
    if (this.phase === 1 && !this.syntaxError) this.pending.push(chunk.subarray(from));
  }

  end(): void {
    try {
      this.decoder.decode();
    } catch {
      this.utf8Error ??= new DomainError('malformed_body', 'The body is not valid UTF-8');
    }
    if (this.phase === 1) this.syntax();
    const error = this.utf8Error ?? this.depthError ?? this.syntaxError;
    if (error) throw error;
    if (this.textErrors.length > 0) throw invalidTextError(this.textErrors);
  }

  result(bytes: number): ScanResult {
    return { bytes, array: this.phase === 2, length: this.length, starts: this.starts, ends: this.ends };
  }

  private syntax(): void {
    this.syntaxError ??= new errorCodes.FST_ERR_CTP_INVALID_JSON_BODY();
    this.pending.length = 0;
  }

  /** One element ends (at a comma, or at the closing bracket when `last`). */
  private element(tail: Buffer, end: number, last: boolean): void {
    const bytes = this.pending.length === 0 ? tail : Buffer.concat([...this.pending, tail]);
    this.pending.length = 0;
    if (this.syntaxError) return;
    const text = bytes.toString('utf8');
    // `[]` and `[ ]` hold no element; an empty slot anywhere else (`[1,]`, `[,1]`) is a syntax error.
    if (last && this.length === 0 && isJsonWhitespace(text)) return;
    let value: unknown;
    try {
      if (!isJsonWhitespace(text)) value = this.options.parse(text);
      else throw new errorCodes.FST_ERR_CTP_INVALID_JSON_BODY();
    } catch (error) {
      this.syntaxError = error as Error;
      return;
    }
    findInvalidText(value, `[${this.length}]`, this.textErrors);
    if (this.length < this.maxElements) {
      this.starts.push(this.elementStart);
      this.ends.push(end);
    }
    this.length++;
  }
}

function isJsonWhitespace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!WHITESPACE.has(text.charCodeAt(i))) return false;
  return true;
}
