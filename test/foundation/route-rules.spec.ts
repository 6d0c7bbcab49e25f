import { Controller, Get, Module } from '@nestjs/common';
import { listRoutes } from '../../src/auth/route-rules';
import { bearer, createTestApp, TestApp } from '../support/test-app';

/** A controller that forgot to declare who may call it: the guard must refuse it. */
@Controller('v1/probe-undeclared')
class UndeclaredProbeController {
  @Get()
  leak() {
    return { secret: 'should never be served' };
  }
}

@Module({ controllers: [UndeclaredProbeController] })
class UndeclaredProbeModule {}

const samplePath = (path: string) =>
  path.replace(/:keyId/g, 'abcdefghij012345').replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');

describe('default deny: every route declares who may call it', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('finds no route without @Authenticated or @Public', () => {
    const routes = listRoutes(t.app);
    expect(routes.length).toBeGreaterThan(10);
    const undeclared = routes.filter((r) => !r.rule).map((r) => `${r.method} ${r.path} (${r.controller}.${r.handler})`);
    expect(undeclared).toEqual([]);
  });

  it('answers 401 without credentials on every authenticated route, and never 401 on public ones', async () => {
    for (const route of listRoutes(t.app)) {
      const res = await t.http()[route.method.toLowerCase() as 'get'](samplePath(route.path)).send({});
      if (route.rule?.public) expect({ route: route.path, status: res.status }).not.toEqual({ route: route.path, status: 401 });
      else
        expect({ route: `${route.method} ${route.path}`, status: res.status }).toEqual({
          route: `${route.method} ${route.path}`,
          status: 401,
        });
    }
  });

  describe('with a route that declares nothing', () => {
    let probe: TestApp;
    beforeAll(async () => {
      probe = await createTestApp({ extraImports: [UndeclaredProbeModule] });
    });
    afterAll(() => probe.close());

    it('is reported by the enumeration', () => {
      const undeclared = listRoutes(probe.app).filter((r) => !r.rule);
      expect(undeclared.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/probe-undeclared']);
    });

    it('is refused at runtime, even to a platform admin', async () => {
      const res = await probe.http().get('/v1/probe-undeclared').set(bearer(probe.adminKey)).expect(403);
      expect(res.body.code).toBe('route_not_declared');
      expect(JSON.stringify(res.body)).not.toContain('should never be served');
    });
  });
});
