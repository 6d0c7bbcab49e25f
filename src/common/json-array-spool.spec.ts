import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { FieldError } from './domain-error';
import { removeOrphanSpools, SpooledJsonArray, StreamedJsonBody, WholeJsonBody } from './json-array-spool';
import { decodeJsonBody, findInvalidText, invalidTextError } from './request-input';

/** What the buffered parser makes of a body: the value, or the error's code. */
function buffered(body: Buffer, maxDepth: number): { value?: unknown; code?: string } {
  if (body.length === 0) return { value: undefined };
  try {
    const value: unknown = JSON.parse(decodeJsonBody(body, maxDepth));
    const errors: FieldError[] = findInvalidText(value, '');
    if (errors.length > 0) throw invalidTextError(errors);
    return { value };
  } catch (error) {
    const e = error as { code?: string; name?: string };
    return { code: e.name === 'SyntaxError' ? 'syntax' : e.code };
  }
}

/** The same body sent in chunks of `chunk` bytes through StreamedJsonBody. */
async function streamed(body: Buffer, maxDepth: number, chunk: number): Promise<{ value?: unknown; code?: string }> {
  const payload = new PassThrough();
  const reader = new StreamedJsonBody(payload, {
    limit: 1 << 20,
    maxDepth,
    contentLength: NaN,
    parse: (text) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw Object.assign(new SyntaxError('Unexpected token'), { code: 'syntax' });
      }
    },
  });
  setImmediate(() => {
    for (let i = 0; i < body.length; i += chunk) payload.write(body.subarray(i, i + chunk));
    payload.end();
  });
  try {
    return await reader.read(1000, async (read: WholeJsonBody | SpooledJsonArray) => {
      if (read.kind === 'value') return { value: read.value };
      const values: unknown[] = [];
      for await (const value of read.elements()) values.push(value);
      expect(values).toHaveLength(read.length);
      return { value: values };
    });
  } catch (error) {
    const e = error as { code?: string; name?: string };
    return { code: e.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? 'syntax' : e.code };
  }
}

describe('StreamedJsonBody', () => {
  const cases = [
    '[]',
    ' [ ] ',
    '[1,2,3]',
    '[{"a":[1,{"b":"]},[{"}]}]',
    '[ "a\\"]", {"x":"\\\\"} ,null ]',
    '[1,]',
    '[,1]',
    '[1 2]',
    '[1,,2]',
    '[}',
    '[{]}',
    '[1]]',
    '[1] x',
    '[1]\n\t ',
    '[',
    '[{"a":1}',
    '{"a":[1]}',
    '"text"',
    '  ',
    '',
    '[[[[1]]]]',
    '[[[[[1]]]]]',
    '[{"a":"\\u0000"},{"b":["ok","\\ud800"]}]',
    '[{"__proto__":1}]',
    '[{"k":"é’ü"},"日本"]',
    '\ufeff[1,{"a":"b"}]',
    '\ufeff\ufeff[1]',
    '[1]\ufeff',
    '[true,false,null,-1.5e3,"x"]',
    '[tru]',
    '[{"a":1}{"b":2}]',
  ];

  it.each(cases)('accepts and refuses exactly as the buffered parser: %j', async (text) => {
    const body = Buffer.from(text);
    const expected = buffered(body, 4);
    for (const chunk of [1, 2, 3, 7, 1 << 16]) {
      const got = await streamed(body, 4, chunk);
      if (expected.code === undefined) expect(got).toEqual(expected);
      else expect(got.code).toBe(expected.code);
    }
  });

  it('refuses invalid UTF-8 (also a sequence cut at the end, or before a syntax or depth error) as the buffered parser does', async () => {
    const bodies = [
      Buffer.concat([Buffer.from('[{"a":"x'), Buffer.from([0xff]), Buffer.from('"}]')]),
      Buffer.concat([Buffer.from('[1,2,'), Buffer.from([0xc3])]),
      Buffer.concat([Buffer.from('[[[[[[1]]]]]],'), Buffer.from([0xe2, 0x80])]),
      Buffer.concat([Buffer.from('[1,,'), Buffer.from([0xc0, 0x80]), Buffer.from(']')]),
    ];
    for (const body of bodies) {
      expect(buffered(body, 4).code).toBe('malformed_body');
      for (const chunk of [1, 5, 1 << 16]) expect((await streamed(body, 4, chunk)).code).toBe('malformed_body');
    }
  });

  it('gives depth before syntax, and syntax before invalid text, as the buffered parser does', async () => {
    const deepAfterSyntax = Buffer.from('[1,,[[[[[[1]]]]]]]');
    expect(buffered(deepAfterSyntax, 4).code).toBe('body_too_deep');
    expect((await streamed(deepAfterSyntax, 4, 3)).code).toBe('body_too_deep');
    const nulThenSyntax = Buffer.from('[{"a":"\\u0000"},]');
    expect(buffered(nulThenSyntax, 4).code).toBe('syntax');
    expect((await streamed(nulThenSyntax, 4, 3)).code).toBe('syntax');
  });

  it('agrees with the buffered parser on random arrays, valid and mutated by one character, cut at random places', async () => {
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const texts = ['', 'a', '"', '\\', ']', ',', '{', 'é', '日', 'x"]}'];
    const value = (depth: number): unknown => {
      const kind = random(depth > 3 ? 4 : 6);
      if (kind === 0) return random(1000) - 500;
      if (kind === 1) return texts[random(texts.length)] + texts[random(texts.length)];
      if (kind === 2) return [true, false, null][random(3)];
      if (kind === 3) return random(7) / 4;
      if (kind === 4) return Array.from({ length: random(4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: random(4) }, (_, i) => [texts[random(texts.length)] + i, value(depth + 1)]));
    };
    const spaced = (json: string) =>
      json.replace(/([,:[\]{}])(?=(?:[^"\\]|\\.|"(?:[^"\\]|\\.)*")*$)/g, (c) => [c, ` ${c}`, `${c}\n`][random(3)]);
    const mutations = ['[', ']', '{', '}', ',', ':', '"', '\\', ' ', '1'];
    let accepted = 0;
    for (let round = 0; round < 600; round++) {
      let text = spaced(JSON.stringify(Array.from({ length: random(5) }, () => value(1))));
      if (round % 2 === 1) {
        const at = random(text.length + 1);
        const op = random(3);
        text =
          op === 0
            ? text.slice(0, at) + text.slice(at + 1)
            : text.slice(0, at) + mutations[random(mutations.length)] + text.slice(op === 1 ? at : at + 1);
      }
      const body = Buffer.from(text);
      const expected = buffered(body, 4);
      if (expected.code === undefined) accepted++;
      const got = await streamed(body, 4, 1 + random(6));
      if (expected.code === undefined) expect(got).toEqual(expected);
      else expect({ text, code: got.code }).toEqual({ text, code: expected.code });
    }
    // Both sides of the comparison are exercised: most valid bodies pass, most mutated ones do not.
    expect(accepted).toBeGreaterThan(250);
    expect(accepted).toBeLessThan(550);
  });

  it('refuses a body over the limit with 413 as soon as it is over, and a Content-Length that does not match', async () => {
    const make = (contentLength: number) => {
      const payload = new PassThrough();
      const reader = new StreamedJsonBody(payload, { limit: 10, maxDepth: 4, contentLength, parse: JSON.parse });
      return { payload, reader };
    };
    const over = make(NaN);
    over.payload.write('[1,2,3,4,5,6');
    const refused = over.reader.read(10, async () => 'read');
    await expect(refused).rejects.toMatchObject({ code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 });
    const short = make(9);
    short.payload.end('[1,2]');
    await expect(short.reader.read(10, async () => 'read')).rejects.toMatchObject({ code: 'FST_ERR_CTP_INVALID_CONTENT_LENGTH' });
  });
});

describe('orphan spools', () => {
  it('removes the spool folders of processes that are gone and keeps those of live ones', async () => {
    // A pid that surely ended: a child that ran and was reaped.
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    const dir = mkdtempSync(join(tmpdir(), 'spool-sweep-'));
    try {
      for (const name of [`passerelle-json-${gone}-abc`, `passerelle-json-${process.pid}-def`, 'passerelle-other', 'unrelated']) {
        mkdirSync(join(dir, name));
      }
      expect(await removeOrphanSpools(dir)).toEqual([`passerelle-json-${gone}-abc`]);
      expect(readdirSync(dir).sort()).toEqual([`passerelle-json-${process.pid}-def`, 'passerelle-other', 'unrelated'].sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
