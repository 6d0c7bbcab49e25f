import { Controller, Get, Module } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { Public } from '../../src/auth/auth.decorators';
import { createTestApp, TestApp } from '../support/test-app';

/** Resolved when the slow request is inside its handler, so the close is known to overlap it. */
let arrived: () => void;
const slowRequestArrived = new Promise<void>((resolve) => (arrived = resolve));

@Controller('v1/probe-slow')
class SlowProbeController {
  @Get()
  @Public()
  async slow() {
    arrived();
    await new Promise((r) => setTimeout(r, 700));
    return { finished: true };
  }
}

@Module({ controllers: [SlowProbeController] })
class SlowProbeModule {}

/** main.ts answers SIGTERM with app.close(); this is what that call must guarantee. */
describe('graceful shutdown', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ extraImports: [SlowProbeModule] });
  });
  let closed = false;
  afterAll(async () => {
    // An assertion that failed before the close must not leave the app (and its pool) open.
    if (!closed) await t.app.close();
    await t.db.drop();
  });

  it('finishes in-flight requests before closing', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const inFlight = fetch(`http://127.0.0.1:${port}/v1/probe-slow`, { headers: { connection: 'close' } });
    await slowRequestArrived;
    const closing = t.app.close();
    closed = true;
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ finished: true });
    await closing;
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  });
});
