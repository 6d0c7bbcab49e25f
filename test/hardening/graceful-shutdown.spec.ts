import { Controller, Get, Module } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { Public } from '../../src/auth/auth.decorators';
import { createTestApp, TestApp } from '../support/test-app';

@Controller('v1/probe-slow')
class SlowProbeController {
  @Get()
  @Public()
  async slow() {
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
  afterAll(() => t.db.drop());

  it('finishes in-flight requests before closing', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const inFlight = fetch(`http://127.0.0.1:${port}/v1/probe-slow`, { headers: { connection: 'close' } });
    await new Promise((r) => setTimeout(r, 150));
    const closing = t.app.close();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ finished: true });
    await closing;
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  });
});
