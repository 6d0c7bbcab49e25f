import { Controller, Get, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../../src/auth/auth.decorators';
import { bearer, createTestApp, TestApp } from '../support/test-app';

@Controller('v1/probe-errors')
class ErrorProbeController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('sql')
  @Public()
  async sql() {
    await this.dataSource.query('SELECT secret_column FROM table_that_does_not_exist');
  }

  @Get('throw')
  @Public()
  boom() {
    throw new Error('internal detail: /srv/app/secret.ts line 42');
  }
}

@Module({ controllers: [ErrorProbeController] })
class ErrorProbeModule {}

describe('errors are RFC 9457 problems', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { BODY_LIMIT_BYTES: '2048' }, extraImports: [ErrorProbeModule] });
  });
  afterAll(() => t.close());

  it.each(['sql', 'throw'])('turns an unexpected %s error into a 500 with a request id and no internals', async (kind) => {
    const res = await t.http().get(`/v1/probe-errors/${kind}`).expect(500);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toEqual({
      type: '/problems/internal-error',
      title: 'Internal server error',
      status: 500,
      detail: 'An unexpected error occurred. Quote the request id when reporting it.',
      code: 'internal_error',
      requestId: res.headers['x-request-id'],
    });
    expect(res.text).not.toMatch(/table_that_does_not_exist|secret|\.ts|at /);
    // The log keeps the details for operators, under the same request id.
    const logged = t.logs.map((l) => JSON.parse(l)).find((l) => l.reqId === res.body.requestId && l.level === 'error');
    expect(logged).toBeDefined();
    expect(logged.err).toBeDefined();
  });

  it('answers 404 problem+json for an unknown route', async () => {
    const res = await t.http().get('/v1/does-not-exist').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('answers 414 problem+json for an over-long path parameter (found by the fuzzer)', async () => {
    const res = await t
      .http()
      .get(`/v1/associations/${'a'.repeat(400)}`)
      .set(bearer(t.adminKey))
      .expect(414);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('uri_too_long');
  });

  it('answers 431 problem+json when the URL and headers exceed what Node parses (found by the fuzzer)', async () => {
    const res = await t
      .http()
      .get(`/v1/search?q=${'%C3%A9'.repeat(3000)}`)
      .set(bearer(t.adminKey))
      .expect(431);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 431, code: 'headers_too_large', type: '/problems/headers-too-large' });
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
  });

  it('answers 413 for a body over the limit', async () => {
    const res = await t
      .http()
      .post('/v1/associations')
      .set(bearer(t.adminKey))
      .send({ name: 'x'.repeat(4096), slug: 'too-big' })
      .expect(413);
    expect(res.body).toMatchObject({ status: 413, code: 'payload_too_large' });
  });

  it('answers 415 for an unsupported content type', async () => {
    const res = await t.http().post('/v1/associations').set(bearer(t.adminKey)).set('content-type', 'application/xml').send('<a/>');
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('unsupported_media_type');
  });

  it('keeps a sane caller-supplied request id and replaces an unsafe one', async () => {
    const kept = await t.http().get('/health').set('x-request-id', 'abc-123').expect(200);
    expect(kept.headers['x-request-id']).toBe('abc-123');
    const replaced = await t.http().get('/health').set('x-request-id', 'bad id with spaces and {braces}').expect(200);
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports readiness of the database', async () => {
    const res = await t.http().get('/ready').expect(200);
    expect(res.body).toEqual({ status: 'ok', checks: { database: 'ok' } });
  });
});
