import { totalmem } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import * as ipaddr from 'ipaddr.js';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

type AppConfigFields = Omit<{ [K in keyof AppConfig]: AppConfig[K] }, 'with' | 'paymentsEnabled' | 'publicOrigin' | 'secureCookies'>;

export const RATE_LIMIT_CLASSES = ['default', 'search', 'unlock', 'public', 'magic-link', 'sign-in', 'webhook'] as const;
export type RateLimitClass = (typeof RATE_LIMIT_CLASSES)[number];
export interface RateLimitPolicy {
  limit: number;
  windowSeconds: number;
}

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
  /** The embedded server's shared_buffers, in MiB (PostgreSQL's own default, 128, is for small machines). */
  readonly embeddedSharedBuffersMb: number;
  readonly dbPoolSize: number;
  readonly adminApiKey?: string;
  /**
   * How long a verified API key's row is reused before it is read again. A revocation is seen at
   * once by the process that made it and within this many seconds by the others; 0 disables.
   */
  readonly apiKeyCacheSeconds: number;
  readonly publicBaseUrl: string;
  readonly logLevel: LogLevel;
  /** One JSON line per request; benchmarks turn it off to measure the API rather than the log. */
  readonly accessLog: boolean;
  readonly bodyLimitBytes: number;
  /** On SIGTERM, how long the service keeps serving (readiness failing) before it stops accepting. */
  readonly shutdownGraceMs: number;
  /** On SIGTERM, the longest the whole shutdown may take before the process exits anyway. */
  readonly shutdownTimeoutMs: number;
  readonly stripeSecretKey?: string;
  readonly stripeWebhookSecret?: string;
  readonly stripeApiUrl?: URL;
  readonly meiliUrl?: URL;
  readonly meiliApiKey?: string;
  readonly smtpUrl?: string;
  readonly demoData: boolean;
  /** Requests allowed per window, per API key (per client IP on public routes), by route class. */
  readonly rateLimits: Record<RateLimitClass, RateLimitPolicy>;
  readonly rateLimitStore: 'memory' | 'postgres';
  readonly trustProxy: boolean;
  readonly corsOrigins: string[];
  /** When set, /metrics requires `Authorization: Bearer <token>`. */
  readonly metricsToken?: string;
  /** Consent older than this without reconfirmation stops counting (CNIL: 2 years). */
  readonly consentLapseMonths: number;
  /** Runs the in-process job timer (mail delivery, reconfirmation mails); tests turn it off. */
  readonly backgroundJobs: boolean;
  readonly jobIntervalMs: number;
  /** Sender of alumni mails (magic links, invitations, reconfirmation). */
  readonly mailFrom: string;
  /** How often expired credit lots are swept into breakage; 0 disables the in-app job. */
  readonly lotExpiryIntervalSeconds: number;
  /** Days a contact request stays open before its held credits return to the wallet. */
  readonly contactRequestTtlDays: number;
  /** Share of a period's association revenue kept back from its payout (basis points). */
  readonly payoutReserveBps: number;
  /**
   * Seconds to wait before each webhook retry (one entry per retry, ±20 % jitter); a delivery is
   * abandoned after the last. Default: Svix's 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h.
   */
  readonly webhookRetryScheduleSeconds: number[];
  /** Whole-request timeout of one webhook attempt (connect, send, first bytes of the answer). */
  readonly webhookTimeoutMs: number;
  /** An endpoint with no successful delivery for this long while failing is disabled and its owner emailed. */
  readonly webhookDisableAfterSeconds: number;
  /**
   * IP addresses or CIDR ranges that webhook URLs may reach although they are private, loopback
   * or link-local (development and tests only: e.g. 127.0.0.1). Everything else non-public is refused.
   */
  readonly webhookAllowedPrivateHosts: string[];
  /** Webhook URLs must use https (always in production). */
  readonly webhookHttpsOnly: boolean;

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
      problems.push('ADMIN_API_KEY must have the form pas_adm_<16 lowercase letters or digits>_<at least 43 base64url characters>');
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
      embeddedSharedBuffersMb: read.int('EMBEDDED_PG_SHARED_BUFFERS_MB', defaultSharedBuffersMb(totalmem()), 16, 65_536),
      dbPoolSize: read.int('DB_POOL_SIZE', 10, 1, 200),
      adminApiKey,
      apiKeyCacheSeconds: read.int('API_KEY_CACHE_SECONDS', 5, 0, 300),
      publicBaseUrl: (read.url('PUBLIC_BASE_URL', ['http:', 'https:']) ?? `http://localhost:${port}`).replace(/\/+$/, ''),
      logLevel: read.oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
      accessLog: read.bool('ACCESS_LOG', true),
      bodyLimitBytes: read.int('BODY_LIMIT_BYTES', 1_048_576, 1024, 64 * 1_048_576),
      shutdownGraceMs: read.int('SHUTDOWN_GRACE_MS', 1000, 0, 60_000),
      shutdownTimeoutMs: read.int('SHUTDOWN_TIMEOUT_MS', 25_000, 1000, 600_000),
      stripeSecretKey,
      stripeWebhookSecret,
      stripeApiUrl: read.urlObject('STRIPE_API_URL', ['http:', 'https:']),
      meiliUrl,
      meiliApiKey,
      smtpUrl: read.url('SMTP_URL', ['smtp:', 'smtps:']),
      demoData: read.bool('DEMO_DATA', databaseUrl === undefined),
      rateLimits: {
        default: read.rate('RATE_LIMIT_DEFAULT', { limit: 600, windowSeconds: 60 }),
        search: read.rate('RATE_LIMIT_SEARCH', { limit: 300, windowSeconds: 60 }),
        unlock: read.rate('RATE_LIMIT_UNLOCK', { limit: 120, windowSeconds: 60 }),
        public: read.rate('RATE_LIMIT_PUBLIC', { limit: 30, windowSeconds: 60 }),
        // Per client IP: an office behind one address signs many people in.
        'magic-link': read.rate('RATE_LIMIT_MAGIC_LINK', { limit: 60, windowSeconds: 60 }),
        'sign-in': read.rate('RATE_LIMIT_SIGN_IN', { limit: 300, windowSeconds: 60 }),
        webhook: read.rate('RATE_LIMIT_WEBHOOK', { limit: 1200, windowSeconds: 60 }),
      },
      // Several API processes only share counters through the database; one embedded
      // process can keep them in memory.
      rateLimitStore: read.oneOf('RATE_LIMIT_STORE', ['memory', 'postgres'], databaseUrl ? 'postgres' : 'memory'),
      trustProxy: read.bool('TRUST_PROXY', false),
      corsOrigins: read.list('CORS_ORIGINS', (origin) => /^https?:\/\/[^/\s]+$/.test(origin), 'an origin such as https://app.example.com'),
      metricsToken: read.string('METRICS_TOKEN'),
      consentLapseMonths: read.int('CONSENT_LAPSE_MONTHS', 24, 1, 120),
      backgroundJobs: read.bool('BACKGROUND_JOBS', true),
      jobIntervalMs: read.int('JOB_INTERVAL_MS', 5000, 100, 3_600_000),
      mailFrom: read.string('MAIL_FROM') ?? 'Passerelle <no-reply@passerelle.invalid>',
      lotExpiryIntervalSeconds: read.int('LOT_EXPIRY_INTERVAL_SECONDS', 300, 0, 86_400),
      contactRequestTtlDays: read.int('CONTACT_REQUEST_TTL_DAYS', 14, 1, 365),
      payoutReserveBps: read.int('PAYOUT_RESERVE_BPS', 1000, 0, 10_000),
      webhookRetryScheduleSeconds: read.seconds('WEBHOOK_RETRY_SCHEDULE', [5, 300, 1800, 7200, 18_000, 36_000, 36_000]),
      webhookTimeoutMs: read.int('WEBHOOK_TIMEOUT_MS', 15_000, 100, 60_000),
      webhookDisableAfterSeconds: read.int('WEBHOOK_DISABLE_AFTER_SECONDS', 5 * 86_400, 1, 30 * 86_400),
      webhookAllowedPrivateHosts: read.list(
        'WEBHOOK_ALLOWED_PRIVATE_HOSTS',
        isIpOrCidr,
        'IP addresses or CIDR ranges such as 127.0.0.1 or 10.1.0.0/16',
      ),
      webhookHttpsOnly: read.bool('WEBHOOK_HTTPS_ONLY', (read.string('NODE_ENV') ?? 'development') === 'production'),
    });
    if (config.nodeEnv === 'production' && !config.webhookHttpsOnly) problems.push('WEBHOOK_HTTPS_ONLY cannot be false in production');
    if (config.nodeEnv === 'production' && !config.smtpUrl) {
      problems.push('SMTP_URL is required when NODE_ENV=production: without it mails are printed to the console (development mode)');
    }
    if (problems.length > 0) throw new ConfigError(problems);
    return config;
  }

  /** A copy with some fields replaced (tests and the embedded-database bootstrap use it). */
  with(overrides: Partial<AppConfig>): AppConfig {
    return new AppConfig({ ...this, ...overrides });
  }

  /** Cookie-authenticated writes must come from this origin (PUBLIC_BASE_URL's scheme, host and port). */
  get publicOrigin(): string {
    return new URL(this.publicBaseUrl).origin;
  }

  /** Session cookies carry `Secure` when the service is reached over https. */
  get secureCookies(): boolean {
    return this.publicBaseUrl.startsWith('https:');
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

  /** `<requests>/<seconds>`, e.g. `600/60`. */
  rate(name: string, fallback: RateLimitPolicy): RateLimitPolicy {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    const match = /^(\d{1,9})\/(\d{1,6})$/.exec(raw);
    const limit = Number(match?.[1]);
    const windowSeconds = Number(match?.[2]);
    if (!match || limit < 1 || windowSeconds < 1 || windowSeconds > 86_400) {
      this.problems.push(`${name} must look like <requests>/<seconds>, e.g. 600/60 (got "${raw}")`);
      return fallback;
    }
    return { limit, windowSeconds };
  }

  /** A comma-separated list of positive durations in seconds (decimals allowed), e.g. `5,300,1800`. */
  seconds(name: string, fallback: number[]): number[] {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    const items = raw.split(',').map((s) => s.trim());
    const values = items.map(Number);
    if (items.length > 20 || items.some((item) => !/^\d+(\.\d+)?$/.test(item)) || values.some((v) => v <= 0 || v > 7 * 86_400)) {
      this.problems.push(
        `${name} must be a comma-separated list of at most 20 durations in seconds, each above 0 and at most 604800 (got "${raw}")`,
      );
      return fallback;
    }
    return values;
  }

  list(name: string, valid: (item: string) => boolean, expected: string): string[] {
    const raw = this.string(name);
    if (raw === undefined) return [];
    const items = raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = items.filter((item) => !valid(item));
    if (bad.length > 0) this.problems.push(`${name} must be a comma-separated list of ${expected} (got "${bad.join(', ')}")`);
    return items.filter(valid);
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

/**
 * A quarter of the machine's memory, PostgreSQL's usual advice, between 128 MiB and 4 GiB: the
 * search projection of 1,000,000 profiles (about 520 MB) then stays in the server's buffers
 * instead of being copied in from the OS page cache on every scan. Pages are only touched as they
 * are used, so a large setting costs little on a small data set.
 */
export function defaultSharedBuffersMb(totalBytes: number): number {
  return Math.min(4096, Math.max(128, Math.floor(totalBytes / 4 / 1_048_576)));
}

function isIpOrCidr(value: string): boolean {
  return value.includes('/') ? ipaddr.isValidCIDR(value) : ipaddr.isValid(value);
}
