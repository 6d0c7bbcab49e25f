import 'reflect-metadata';
import { openBenchDatabase } from './lib/bench-database';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { WalletRepository } from '../src/credits/wallet.repository';
import { WalletService } from '../src/credits/wallet.service';

/**
 * The unlock debit core (WalletService.spend: wallet lock, expiry sweep, lot draw, ledger and
 * revenue rows) driven straight against PostgreSQL, without HTTP:
 *   (a) many wallets — each worker spends on its own wallet;
 *   (b) one hot wallet — every worker spends on the same wallet (serialised by its row lock and,
 *       within this process, by WalletService's per-wallet queue);
 *   (c) one hot wallet with the spends in caller-owned transactions (the row lock alone).
 * Uses DATABASE_URL when set, else a throw-away embedded PostgreSQL.
 *   npm run build && node dist/bench/unlock-core.js [secondsPerRun=3]
 */
async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 3);
  const { url, stop } = await openBenchDatabase();
  const poolSize = Number(process.env.DB_POOL_SIZE ?? 10);
  const dataSource = new DataSource(dataSourceOptions(url, poolSize));
  process.stdout.write(`pool size ${poolSize}, ${seconds} s per run\n`);
  await dataSource.initialize();
  const wallet = new WalletService(new WalletRepository(), dataSource);
  try {
    const [{ id: associationId }] = await dataSource.query(
      `INSERT INTO associations (name, slug) VALUES ('Bench', 'bench-${Date.now()}') RETURNING id`,
    );
    const newFundedOrg = async (): Promise<string> => {
      const [{ id }] = await dataSource.query(
        `INSERT INTO recruiter_orgs (name, email_domain) VALUES ('Bench org', 'bench.example') RETURNING id`,
      );
      // Several lots so each spend walks a realistic draw order.
      for (let i = 0; i < 4; i++) {
        await wallet.grant(undefined, {
          orgId: id,
          credits: 1_000_000,
          amountPaidMinor: 99_900_000,
          currency: 'eur',
          expiresAt: new Date(Date.now() + (i + 1) * 86_400_000),
          source: 'grant',
          idempotencyKey: `bench-grant:${id}:${i}`,
        });
      }
      return id;
    };

    const lines: string[] = [];
    for (const scenario of ['many-wallets', 'hot-wallet', 'hot-row-lock'] as const) {
      for (const concurrency of [1, 8, 32]) {
        const orgs =
          scenario === 'many-wallets'
            ? await Promise.all(Array.from({ length: concurrency }, newFundedOrg))
            : Array(concurrency).fill(await newFundedOrg());
        const deadline = Date.now() + seconds * 1000;
        const latencies: number[] = [];
        let sequence = 0;
        const started = process.hrtime.bigint();
        await Promise.all(
          orgs.map(async (orgId: string) => {
            while (Date.now() < deadline) {
              const reference = `${scenario}-${concurrency}-${sequence++}`;
              const t0 = process.hrtime.bigint();
              const input = {
                orgId,
                credits: 1,
                associationId,
                revenueShareBps: 8000,
                kind: 'unlock' as const,
                referenceId: reference,
                idempotencyKey: `unlock:${reference}`,
              };
              if (scenario === 'hot-row-lock') await dataSource.transaction((m) => wallet.spend(m, input));
              else await wallet.spend(undefined, input);
              latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
            }
          }),
        );
        const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
        latencies.sort((a, b) => a - b);
        const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
        lines.push(
          `${scenario.padEnd(13)} concurrency ${String(concurrency).padStart(2)}: ${String(Math.round(latencies.length / elapsed)).padStart(6)} spends/s` +
            `  (${latencies.length} spends in ${elapsed.toFixed(1)} s, p50 ${p(0.5)} ms, p99 ${p(0.99)} ms)`,
        );
        process.stdout.write(`${lines[lines.length - 1]}\n`);
      }
    }
    const [check] = await dataSource.query(`
      SELECT (SELECT SUM(balance) FROM wallets) = (SELECT SUM(credits_delta) FROM ledger_entries) AS ledger_matches`);
    process.stdout.write(`ledger sum equals cached balances: ${check.ledger_matches}\n`);
  } finally {
    await dataSource.destroy();
    await stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
