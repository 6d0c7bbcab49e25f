import { isAbsolute, resolve } from 'node:path';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

type AppConfigFields = Omit<{ [K in keyof AppConfig]: AppConfig[K] }, 'with' | 'paymentsEnabled'>;

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/**
 * The service's whole configuration, read from the environment once at boot.
 * This class is the only reader of process.env (tests build it from a plain object).
 */
export class AppConfig {
  readonly nodeEnv: string;
  readonly host: string;
  readonly port: number;
  /** External PostgreSQL; when undefined an embedded server is started from `dataDir`. */
  readonly databaseUrl?: string;
  readonly dataDir: string;
  readonly dbPoolSize: number;
  readonly adminApiKey?: string;
  readonly publicBaseUrl: string;
  readonly logLevel: LogLevel;
  readonly bodyLimitBytes: number;
  readonly stripeSecretKey?: string;
  readonly stripeWebhookSecret?: string;
  readonly stripeApiUrl?: URL;
  readonly meiliUrl?: URL;
  readonly meiliApiKey?: string;
  readonly smtpUrl?: string;
  readonly demoData: boolean;
  /** How often expired credit lots are swept into breakage; 0 disables the in-app job. */
  readonly lotExpiryIntervalSeconds: number;

  private constructor(fields: AppConfigFields) {
    Object.assign(this, fields);
  }

  static fromEnv(env: Record<string, string | undefined> = process.env): AppConfig {
    const problems: string[] = [];
    const read = new EnvReader(env, problems);

    const port = read.int('PORT', 3000, 0, 65535);
    const databaseUrl = read.url('DATABASE_URL', ['postgres:', 'postgresql:']);
    const stripeSecretKey = read.string('STRIPE_SECRET_KEY');
    const stripeWebhookSecret = read.string('STRIPE_WEBHOOK_SECRET');
    if (stripeSecretKey && !stripeWebhookSecret) {
      problems.push('STRIPE_WEBHOOK_SECRET is required when STRIPE_SECRET_KEY is set');
    }
    if (stripeSecretKey && !/^(sk|rk)_(test|live)_\S+$/.test(stripeSecretKey)) {
      problems.push('STRIPE_SECRET_KEY must look like sk_test_… or sk_live_…');
    }
    const adminApiKey = read.string('ADMIN_API_KEY');
    if (adminApiKey && !/^pas_adm_[a-z0-9]{16}_[A-Za-z0-9_-]{43,}$/.test(adminApiKey)) {
      problems.push(
        'ADMIN_API_KEY must have the form pas_adm_<16 lowercase letters or digits>_<at least 43 base64url characters>',
      );
    }
    const meiliUrl = read.urlObject('MEILI_URL', ['http:', 'https:']);
    const meiliApiKey = read.string('MEILI_API_KEY');
    const dataDirRaw = read.string('DATA_DIR') ?? '.data';

    const config = new AppConfig({
      nodeEnv: read.string('NODE_ENV') ?? 'development',
      host: read.string('HOST') ?? '0.0.0.0',
      port,
      databaseUrl,
      dataDir: isAbsolute(dataDirRaw) ? dataDirRaw : resolve(process.cwd(), dataDirRaw),
      dbPoolSize: read.int('DB_POOL_SIZE', 10, 1, 200),
      adminApiKey,
      publicBaseUrl: read.url('PUBLIC_BASE_URL', ['http:', 'https:']) ?? `http://localhost:${port}`,
      logLevel: read.oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
      bodyLimitBytes: read.int('BODY_LIMIT_BYTES', 1_048_576, 1024, 64 * 1_048_576),
      stripeSecretKey,
      stripeWebhookSecret,
      stripeApiUrl: read.urlObject('STRIPE_API_URL', ['http:', 'https:']),
      meiliUrl,
      meiliApiKey,
      smtpUrl: read.url('SMTP_URL', ['smtp:', 'smtps:']),
      demoData: read.bool('DEMO_DATA', databaseUrl === undefined),
      lotExpiryIntervalSeconds: read.int('LOT_EXPIRY_INTERVAL_SECONDS', 300, 0, 86_400),
    });
    if (problems.length > 0) throw new ConfigError(problems);
    return config;
  }

  /** A copy with some fields replaced (tests and the embedded-database bootstrap use it). */
  with(overrides: Partial<AppConfig>): AppConfig {
    return new AppConfig({ ...this, ...overrides });
  }

  get paymentsEnabled(): boolean {
    return this.stripeSecretKey !== undefined;
  }
}

class EnvReader {
  constructor(
    private readonly env: Record<string, string | undefined>,
    private readonly problems: string[],
  ) {}

  string(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  }

  bool(name: string, fallback: boolean): boolean {
    const raw = this.string(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    this.problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
    return fallback;
  }

  urlObject(name: string, protocols: string[]): URL | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    try {
      const url = new URL(raw);
      if (!protocols.includes(url.protocol)) {
        this.problems.push(`${name} must use ${protocols.join(' or ')}`);
        return undefined;
      }
      return url;
    } catch {
      this.problems.push(`${name} must be a valid URL`);
      return undefined;
    }
  }

  url(name: string, protocols: string[]): string | undefined {
    return this.urlObject(name, protocols) ? this.string(name) : undefined;
  }
}
