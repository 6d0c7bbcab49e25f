import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { CreateRevenueDaily1764600000000 } from '../../migrations/1764600000000-CreateRevenueDaily';
import { RevenueDeltasByQuarterHour1765100000000 } from '../../migrations/1765100000000-RevenueDeltasByQuarterHour';
import { dataSourceOptions, runMigrations } from '../../src/database/data-source';
import { REBUILDS } from '../../src/database/rebuilds';
import { loadRepeatables } from '../../src/database/repeatables';
import { quoteIdent } from '../../src/database/sql';
import { withDatabase } from '../support/global-setup';
import { addRevenueRows, newRevenueFixture, RevenueFixture, RowQuery, summaryDifferences } from '../support/revenue-rows';

/**
 * The functions and triggers in the database are exactly those of the src/<feature>/sql/ files:
 * the same set, and each definition as PostgreSQL prints it equal to its file. A function changed
 * by hand, or a file changed without its database following, fails here.
 */

// Functions a table depends on (the generated search_text column) stay with the migration that
// created the table: replacing them would not recompute the stored values.
const MIGRATION_OWNED = ['search_document_vector', 'search_normalize'];

interface Definitions {
  functions: Map<string, string>;
  triggers: Map<string, string>;
  views: Map<string, string>;
}

const FUNCTION_RE = /CREATE OR REPLACE FUNCTION public\.(\w+)\([\s\S]*?\$function\$;\n/g;
const TRIGGER_RE = /^CREATE OR REPLACE TRIGGER (\w+) [^;]* ON public\.(\w+) [^;]*;$/gm;
const VIEW_RE = /^CREATE OR REPLACE VIEW public\.(\w+) AS\n([\s\S]*?;)\n/gm;

function fromFiles(): Definitions {
  const defs: Definitions = { functions: new Map(), triggers: new Map(), views: new Map() };
  for (const { sql } of loadRepeatables()) {
    for (const m of sql.matchAll(FUNCTION_RE)) defs.functions.set(m[1], m[0].trim().replace(/;$/, ''));
    for (const m of sql.matchAll(TRIGGER_RE)) {
      defs.triggers.set(`${m[2]}.${m[1]}`, m[0].replace('CREATE OR REPLACE TRIGGER', 'CREATE TRIGGER').replace(/;$/, ''));
    }
    for (const m of sql.matchAll(VIEW_RE)) defs.views.set(m[1], m[2].trim());
  }
  return defs;
}

async function fromDatabase(url: string): Promise<Definitions> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const functions = await client.query<{ name: string; def: string }>(
      `SELECT p.proname AS name, pg_get_functiondef(p.oid) AS def
         FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND p.proname <> ALL($1)
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`,
      [MIGRATION_OWNED],
    );
    const triggers = await client.query<{ name: string; def: string }>(
      `SELECT c.relname || '.' || t.tgname AS name, pg_get_triggerdef(t.oid) AS def
         FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE NOT t.tgisinternal AND n.nspname = 'public'`,
    );
    const views = await client.query<{ name: string; def: string }>(
      `SELECT viewname AS name, definition AS def FROM pg_views WHERE schemaname = 'public'`,
    );
    // Two overloads of one name would collide in the map: count them apart.
    const names = functions.rows.map((r) => r.name);
    expect(names.length).toBe(new Set(names).size);
    return {
      functions: new Map(functions.rows.map((r) => [r.name, r.def.trim()])),
      triggers: new Map(triggers.rows.map((r) => [r.name, r.def])),
      views: new Map(views.rows.map((r) => [r.name, r.def.trim()])),
    };
  } finally {
    await client.end();
  }
}

/** Every object that is missing, extra or different, by kind and name. */
async function drift(url: string): Promise<string[]> {
  const expected = fromFiles();
  const actual = await fromDatabase(url);
  const out: string[] = [];
  for (const kind of ['functions', 'triggers', 'views'] as const) {
    const names = new Set([...expected[kind].keys(), ...actual[kind].keys()]);
    for (const name of [...names].sort()) {
      const want = expected[kind].get(name);
      const got = actual[kind].get(name);
      if (want === undefined) out.push(`${kind} ${name}: in the database, in no file`);
      else if (got === undefined) out.push(`${kind} ${name}: in a file, not in the database`);
      else if (want !== got) out.push(`${kind} ${name}: differs from its file`);
    }
  }
  return out;
}

async function withAdmin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.PASSERELLE_TEST_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function emptyDatabase(name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  await withAdmin((c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
  return {
    url: withDatabase(process.env.PASSERELLE_TEST_ADMIN_URL!, name),
    drop: () => withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)).then(() => undefined),
  };
}

async function sql(url: string, text: string): Promise<void> {
  await withClient(url, (query) => query(text));
}

async function withClient<T>(url: string, fn: (query: RowQuery) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn((text, parameters) => client.query(text, parameters).then((r) => r.rows));
  } finally {
    await client.end();
  }
}

/** Every row of revenue_daily, in key order. */
async function summaryRows(query: RowQuery): Promise<unknown[]> {
  return query(`SELECT * FROM revenue_daily ORDER BY association_id, dimension, local_day, group_value, currency`);
}

/**
 * revenue_daily is exact (against sums taken from revenue_entries), not empty, and what the
 * rebuild a migration can ask for gives again.
 */
async function expectSummaryAsRebuilt(query: RowQuery): Promise<void> {
  expect(await summaryDifferences(query)).toBe(0);
  const before = await summaryRows(query);
  expect(before.length).toBeGreaterThan(0);
  await query(REBUILDS.get('revenue_daily')!);
  expect(await summaryRows(query)).toEqual(before);
}

// The same revenue rows on the fresh and the step-by-step database: two zones with a half-hour offset
// (Asia/Kolkata, America/St_Johns), rows crossing local midnights.
const REVENUE_ROWS = [
  { fixture: 0, start: '2026-03-01T17:00:00Z', n: 120 },
  { fixture: 1, start: '2026-03-05T10:00:00Z', n: 80 },
  { fixture: 0, start: '2026-03-09T20:00:00Z', n: 60 },
];
const ZONES = ['Asia/Kolkata', 'America/St_Johns'];

describe('repeatable definitions (functions and triggers in src/<feature>/sql/)', () => {
  it('every file parses into at least one definition', () => {
    const defs = fromFiles();
    expect(defs.functions.size).toBe(loadRepeatables().length);
  });

  it('match the database on a fresh database, and a change by hand or a changed file is caught', async () => {
    const db = await emptyDatabase(`passerelle_fresh_${process.pid}`);
    try {
      const applied = await runMigrations(db.url);
      expect(applied).toEqual([...MIGRATIONS.map((m) => new m().name), ...loadRepeatables().map((r) => r.name), 'rebuild revenue_daily']);
      expect(await drift(db.url)).toEqual([]);
      expect(await runMigrations(db.url)).toEqual([]);

      // Revenue written through the triggers, then folded: the summary is what a rebuild gives.
      await withClient(db.url, async (query) => {
        expect(await query(`SELECT * FROM pending_rebuilds`)).toEqual([]);
        const fixtures = [await newRevenueFixture(query, ZONES[0]), await newRevenueFixture(query, ZONES[1])];
        for (const rows of REVENUE_ROWS) await addRevenueRows(query, fixtures[rows.fixture], rows.start, rows.n);
        expect(Number((await query(`SELECT revenue_daily_compact() AS n`))[0].n)).toBeGreaterThan(0);
        await expectSummaryAsRebuilt(query);
        // A rebuild this code does not know stops the start, naming it.
        await query(`INSERT INTO pending_rebuilds (name, requested_by) VALUES ('no_such_summary', 'test')`);
      });
      await expect(runMigrations(db.url)).rejects.toThrow('pending rebuild no_such_summary: no such rebuild');
      await sql(db.url, `DELETE FROM pending_rebuilds`);

      // A function edited in the database (its body, even a comment) and a dropped trigger.
      await sql(
        db.url,
        `CREATE OR REPLACE FUNCTION ledger_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RETURN NULL; END $$`,
      );
      await sql(db.url, `DROP TRIGGER tg_consent_events_apply ON consent_events`);
      expect(await drift(db.url)).toEqual([
        'functions ledger_entries_append_only: differs from its file',
        'triggers consent_events.tg_consent_events_apply: in a file, not in the database',
      ]);

      // A file whose checksum no longer matches the record is applied again at the next start.
      await sql(db.url, `UPDATE repeatable_definitions SET checksum = 'changed' WHERE name LIKE '%ledger_entries_append_only.sql'`);
      // …and the record of a file that moved away (wallet/ became credits/) is forgotten.
      await sql(db.url, `INSERT INTO repeatable_definitions (name, checksum) VALUES ('wallet/sql/wallet_spend.sql', 'old')`);
      expect(await runMigrations(db.url)).toEqual(['credits/sql/ledger_entries_append_only.sql']);
      expect(await withClient(db.url, (query) => query(`SELECT name FROM repeatable_definitions ORDER BY name`))).toEqual(
        loadRepeatables()
          .map((r) => ({ name: r.name }))
          .sort((a, b) => (a.name < b.name ? -1 : 1)),
      );
      expect(await drift(db.url)).toEqual(['triggers consent_events.tg_consent_events_apply: in a file, not in the database']);
    } finally {
      await db.drop();
    }
  });

  it('match the database after migrating step by step from the first migration, revenue summary included', async () => {
    const db = await emptyDatabase(`passerelle_steps_${process.pid}`);
    try {
      // Revenue rows before the summary exists, between its migrations, and after the last one.
      const fixtures: RevenueFixture[] = [];
      const addRows = (i: number) =>
        withClient(db.url, async (query) => {
          while (fixtures.length <= REVENUE_ROWS[i].fixture) fixtures.push(await newRevenueFixture(query, ZONES[fixtures.length]));
          await addRevenueRows(query, fixtures[REVENUE_ROWS[i].fixture], REVENUE_ROWS[i].start, REVENUE_ROWS[i].n);
        });
      const before = new Map<unknown, number>([
        [CreateRevenueDaily1764600000000, 0],
        [RevenueDeltasByQuarterHour1765100000000, 1],
      ]);
      for (let k = 1; k <= MIGRATIONS.length; k++) {
        if (before.has(MIGRATIONS[k - 1])) await addRows(before.get(MIGRATIONS[k - 1])!);
        const dataSource = new DataSource({ ...dataSourceOptions(db.url, 1), migrations: MIGRATIONS.slice(0, k) });
        await dataSource.initialize();
        try {
          expect(await dataSource.runMigrations({ transaction: 'each' })).toHaveLength(1);
        } finally {
          await dataSource.destroy();
        }
      }
      await addRows(2);
      expect(await runMigrations(db.url)).toEqual([...loadRepeatables().map((r) => r.name), 'rebuild revenue_daily']);
      expect(await drift(db.url)).toEqual([]);
      await withClient(db.url, async (query) => {
        expect(await query(`SELECT * FROM pending_rebuilds`)).toEqual([]);
        await expectSummaryAsRebuilt(query);
      });
    } finally {
      await db.drop();
    }
  });
});
