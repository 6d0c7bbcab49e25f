import type { AddressInfo } from 'node:net';
import { request as httpRequest, Server } from 'node:http';
import { IMPORT_JSON_BODY_LIMIT } from '../src/alumni/alumni-admin.controller';
import { MAX_IMPORT_ROWS } from '../src/alumni/alumni-import.service';
import { alumnusRow } from './support/alumni-factories';
import { AssociationFixture, newAssociation } from './support/factories';
import { bearer, createTestApp, TestApp } from './support/test-app';

/**
 * JSON imports reach the service unread and are checked whole before any row is written: a body
 * refused for its size, syntax, encoding, depth, text or row count writes nothing, wherever in
 * the body the fault is, exactly as when the body was parsed whole.
 */
describe('alumni import: JSON read as a stream', () => {
  let t: TestApp;
  let base: string;

  beforeAll(async () => {
    t = await createTestApp({ env: { BACKGROUND_JOBS: 'false' } });
    const server = t.app.getHttpServer() as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  /** Posts `chunks` one by one (chunked, no Content-Length unless given), as a slow client would. */
  function post(
    a: AssociationFixture,
    chunks: Iterable<Buffer>,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: Record<string, unknown>; type: string }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(`${base}/v1/associations/${a.id}/alumni/import`, {
        method: 'POST',
        headers: { ...bearer(a.key), 'content-type': 'application/json', ...headers },
      });
      let answered = false;
      req.on('response', (res) => {
        answered = true;
        const parts: Buffer[] = [];
        res.on('data', (d: Buffer) => parts.push(d));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            body: JSON.parse(Buffer.concat(parts).toString('utf8')) as Record<string, unknown>,
            type: String(res.headers['content-type']),
          }),
        );
      });
      // A server that answers before the end of the body (413) may close the connection under the writer.
      req.on('error', (error) => (answered ? undefined : reject(error)));
      const iterator = chunks[Symbol.iterator]();
      const next = () => {
        if (answered) return req.destroy();
        const step = iterator.next();
        if (step.done) return req.end();
        if (req.write(step.value)) setImmediate(next);
        else req.once('drain', next);
      };
      next();
    });
  }

  function* cut(body: Buffer, size: number): Iterable<Buffer> {
    for (let i = 0; i < body.length; i += size) yield body.subarray(i, i + size);
  }

  const rows = (count: number, prefix: string) =>
    Array.from({ length: count }, (_, i) => alumnusRow({ externalId: `${prefix}-${i + 1}`, firstName: `Zoë ’${i}’ 日本` }, 'searchable'));

  async function written(a: AssociationFixture): Promise<{ alumni: number; consents: number }> {
    const [row] = (await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM alumni WHERE association_id = $1) AS alumni,
              (SELECT count(*)::int FROM consent_events e JOIN alumni a ON a.id = e.alumnus_id WHERE a.association_id = $1) AS consents`,
      [a.id],
    )) as Array<{ alumni: number; consents: number }>;
    return row;
  }

  it('imports a chunked body with a BOM, cut inside multi-byte characters, over several batches', async () => {
    const a = await newAssociation(t);
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(rows(2_500, 'bom')))]);
    const res = await post(a, cut(body, 997));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ created: 2_500, updated: 0, unchanged: 0, failed: [] });
    const [stored] = (await t.dataSource.query(`SELECT first_name FROM alumni WHERE association_id = $1 AND external_id = 'bom-2017'`, [
      a.id,
    ])) as Array<{ first_name: string }>;
    expect(stored.first_name).toBe('Zoë ’2016’ 日本');
    expect(await written(a)).toEqual({ alumni: 2_500, consents: 2_500 });
  });

  it('refuses JSON that breaks after 2,500 good rows with the same 400 as a parsed body, and writes none of them', async () => {
    const a = await newAssociation(t);
    const text = JSON.stringify(rows(2_500, 'syntax'));
    const res = await post(a, cut(Buffer.from(`${text.slice(0, -1)},{"externalId":"x",}]`), 4096));
    expect(res.status).toBe(400);
    expect(res.type).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'malformed_body', status: 400 });
    expect(await written(a)).toEqual({ alumni: 0, consents: 0 });
    // A body cut short (the client stopped mid-array) is malformed as well.
    const short = await post(a, cut(Buffer.from(text.slice(0, -10)), 4096));
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({ code: 'malformed_body' });
    expect(await written(a)).toEqual({ alumni: 0, consents: 0 });
  });

  it('refuses nesting deeper than 16 in row 2,000 (body_too_deep) and writes nothing', async () => {
    const a = await newAssociation(t);
    const list = rows(2_500, 'deep') as Array<Record<string, unknown>>;
    let deep: unknown = ['SQL'];
    for (let i = 0; i < 16; i++) deep = [deep];
    list[1_999].skills = deep;
    const res = await post(a, cut(Buffer.from(JSON.stringify(list)), 4096));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'body_too_deep', detail: 'The body nests arrays and objects more than 16 levels deep' });
    expect(await written(a)).toEqual({ alumni: 0, consents: 0 });
  });

  it('refuses invalid UTF-8 in row 2,000 (malformed_body) and writes nothing', async () => {
    const a = await newAssociation(t);
    const list = rows(2_500, 'utf8') as Array<Record<string, unknown>>;
    list[1_999].lastName = 'BAD-BYTE-HERE';
    const body = Buffer.from(JSON.stringify(list));
    const at = body.indexOf('BAD-BYTE-HERE');
    body[at + 3] = 0xff;
    const res = await post(a, cut(body, 4096));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'malformed_body', detail: 'The body is not valid UTF-8' });
    expect(await written(a)).toEqual({ alumni: 0, consents: 0 });
  });

  it('refuses invalid text in row 1,500 with its path (validation_failed) and writes nothing', async () => {
    const a = await newAssociation(t);
    const list = rows(2_500, 'nul') as Array<Record<string, unknown>>;
    list[1_499].skills = ['SQL', 'Py\u0000thon'];
    const res = await post(a, cut(Buffer.from(JSON.stringify(list)), 4096));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'validation_failed',
      errors: [{ field: '[1499].skills[1]', message: 'must not contain NUL (U+0000) characters' }],
    });
    expect(await written(a)).toEqual({ alumni: 0, consents: 0 });
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows with 413 and writes nothing`, async () => {
    const a = await newAssociation(t);
    const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => ({ externalId: `many-${i}`, firstName: 'A', lastName: 'B' }));
    const res = await post(a, cut(Buffer.from(JSON.stringify(many)), 65_536));
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({
      code: 'payload_too_large',
      detail: `An import holds at most ${MAX_IMPORT_ROWS} rows (got ${MAX_IMPORT_ROWS + 1})`,
    });
    expect(await written(a)).toEqual({ alumni: 0, consents: 0 });
  }, 60_000);

  it('refuses a body over the route limit with 413: at once from its Content-Length, or once a chunked body passes it', async () => {
    const a = await newAssociation(t);
    const declared = await post(a, [Buffer.from('[{"externalId":"x"}')], { 'content-length': String(IMPORT_JSON_BODY_LIMIT + 1) });
    expect(declared.status).toBe(413);
    expect(declared.body).toMatchObject({ code: 'payload_too_large' });

    // Valid rows, more bytes than the limit (the row count is not reached before the limit).
    const row = Buffer.from(`${JSON.stringify({ externalId: 'big', firstName: 'A', lastName: 'B', bio: 'x'.repeat(3_000) })},`);
    function* oversized(): Iterable<Buffer> {
      yield Buffer.from('[');
      const block = Buffer.concat(Array.from({ length: 100 }, () => row));
      for (let sent = 0; sent <= IMPORT_JSON_BODY_LIMIT; sent += block.length) yield block;
      yield Buffer.from('{}]');
    }
    const chunked = await post(a, oversized());
    expect(chunked.status).toBe(413);
    expect(chunked.body).toMatchObject({ code: 'payload_too_large', detail: 'Request body is too large' });
    expect(await written(a)).toEqual({ alumni: 0, consents: 0 });
  }, 60_000);

  it('imports an empty array as nothing, and still refuses a body that is not an array', async () => {
    const a = await newAssociation(t);
    const empty = await post(a, [Buffer.from(' [ ] ')]);
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({ created: 0, updated: 0, unchanged: 0, failed: [] });
    const object = await post(a, [Buffer.from('{"externalId":"x"}')]);
    expect(object.status).toBe(400);
    expect(object.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'body', message: 'must be an array' }] });
  });
});
