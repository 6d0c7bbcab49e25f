import { AppConfig, ConfigError, defaultSharedBuffersMb } from '../../src/config/app-config';

describe('AppConfig', () => {
  const problemsOf = (env: Record<string, string>) => {
    try {
      AppConfig.fromEnv(env);
      return [];
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as ConfigError).problems;
    }
  };

  it('has working defaults with an empty environment', () => {
    const config = AppConfig.fromEnv({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, demoData: true, paymentsEnabled: false });
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ STRIPE_SECRET_KEY: 'sk_test_abc' }, 'STRIPE_WEBHOOK_SECRET'],
    [{ STRIPE_SECRET_KEY: 'pk_test_abc', STRIPE_WEBHOOK_SECRET: 'whsec_x' }, 'STRIPE_SECRET_KEY'],
    [{ ADMIN_API_KEY: 'hunter2' }, 'ADMIN_API_KEY'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ MEILI_URL: 'ftp://x' }, 'MEILI_URL'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA'],
    [{ BODY_LIMIT_BYTES: '1' }, 'BODY_LIMIT_BYTES'],
    [{ EMBEDDED_PG_SHARED_BUFFERS_MB: '8' }, 'EMBEDDED_PG_SHARED_BUFFERS_MB'],
    [{ EMBEDDED_PG_SHARED_BUFFERS_MB: '1GB' }, 'EMBEDDED_PG_SHARED_BUFFERS_MB'],
  ])('rejects %j naming %s', (env, name) => {
    const problems = problemsOf(env as Record<string, string>);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toContain(name);
  });

  it("sizes the embedded server's shared_buffers to a quarter of memory, between 128 MiB and 4 GiB", () => {
    const gib = 1024 ** 3;
    expect([1, 2, 8, 24, 64].map((g) => defaultSharedBuffersMb(g * gib))).toEqual([256, 512, 2048, 4096, 4096]);
    expect(defaultSharedBuffersMb(256 * 1024 ** 2)).toBe(128);
    expect(AppConfig.fromEnv({ EMBEDDED_PG_SHARED_BUFFERS_MB: '640' }).embeddedSharedBuffersMb).toBe(640);
  });

  it('reports every problem at once', () => {
    expect(problemsOf({ PORT: 'x', LOG_LEVEL: 'y' })).toHaveLength(2);
  });

  it('accepts a complete production configuration', () => {
    const config = AppConfig.fromEnv({
      DATABASE_URL: 'postgres://u:p@db:5432/passerelle',
      STRIPE_SECRET_KEY: 'sk_live_abc',
      STRIPE_WEBHOOK_SECRET: 'whsec_abc',
      STRIPE_API_URL: 'http://stripe-mock:12111',
      ADMIN_API_KEY: `pas_adm_${'a'.repeat(16)}_${'b'.repeat(43)}`,
      MEILI_URL: 'http://meili:7700',
      PORT: '8080',
    });
    expect(config.paymentsEnabled).toBe(true);
    expect(config.demoData).toBe(false);
    expect(config.stripeApiUrl?.port).toBe('12111');
  });
});
