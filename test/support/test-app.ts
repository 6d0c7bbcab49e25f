import { DynamicModule, Type } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiKeysService } from '../../src/api-keys/api-keys.service';
import { createApp } from '../../src/app.factory';
import { AppConfig, RATE_LIMIT_CLASSES } from '../../src/config/app-config';
import { createTestDatabase, TestDatabase } from './test-database';

export interface TestApp {
  app: NestFastifyApplication;
  db: TestDatabase;
  dataSource: DataSource;
  config: AppConfig;
  adminKey: string;
  /** Captured JSON log lines (already redacted, exactly as they would be written). */
  logs: string[];
  http(): ReturnType<typeof request>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  extraImports?: Array<Type | DynamicModule>;
  /** Share another app's database (several API processes on one database); not dropped on close. */
  database?: TestDatabase;
}

/** Boots the real application on a private database copy, with a platform-admin key. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = options.database ?? (await createTestDatabase());
  const logs: string[] = [];
  // Rate limits are tested on their own (test/hardening/rate-limit.spec.ts); elsewhere they would
  // only turn concurrency tests into 429s.
  const unlimited = Object.fromEntries(RATE_LIMIT_CLASSES.map((c) => [`RATE_LIMIT_${c.toUpperCase().replace(/-/g, '_')}`, '1000000/60']));
  const config = AppConfig.fromEnv({ LOG_LEVEL: 'info', DB_POOL_SIZE: '20', ...unlimited, ...options.env }).with({
    databaseUrl: db.url,
  });
  const app = await createApp(config, {
    logStream: { write: (line: string) => void logs.push(line) },
    extraImports: options.extraImports,
  });
  const created = await app.get(ApiKeysService).issue({ kind: 'adm' }, { name: 'test admin' }, 'system');
  return {
    app,
    db,
    config,
    dataSource: app.get(DataSource),
    adminKey: created.secret,
    logs,
    http: () => request(app.getHttpServer()),
    close: async () => {
      await app.close();
      if (!options.database) await db.drop();
    },
  };
}

export function bearer(key: string): Record<string, string> {
  return { authorization: `Bearer ${key}` };
}
