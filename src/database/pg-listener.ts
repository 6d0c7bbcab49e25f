import { Logger } from '@nestjs/common';
import { Client, ClientConfig } from 'pg';
import type { DataSource } from 'typeorm';
import { rawPool } from './raw-pool';

const RECONNECT_MS = 1000;

/**
 * One dedicated connection LISTENing on a channel, reconnecting after a loss. `connected` is true
 * only while notifications are certain to arrive: a caller that relies on them (a cache they
 * invalidate) must not trust what it holds while it is false, and must drop it on `onReconnect`
 * (notifications sent while the connection was down are lost).
 */
export class PgListener {
  private readonly logger = new Logger(PgListener.name);
  private client?: Client;
  private timer?: NodeJS.Timeout;
  private closed = false;
  connected = false;

  constructor(
    private readonly connection: ClientConfig,
    private readonly channel: string,
    private readonly handlers: { onNotification(payload: string): void; onReconnect(): void },
  ) {}

  /** A listener on the same server and credentials as the data source's pool. */
  static forDataSource(dataSource: DataSource, channel: string, handlers: PgListener['handlers']): PgListener {
    const { connectionString, host, port, user, password, database, ssl } = rawPool(dataSource).options as ClientConfig;
    return new PgListener(
      { connectionString, host, port, user, password, database, ssl, application_name: 'passerelle-listener' },
      channel,
      handlers,
    );
  }

  async start(): Promise<void> {
    this.closed = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.connected = false;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new Client(this.connection);
    const lost = (error?: Error) => {
      if (this.client !== client) return;
      this.client = undefined;
      this.connected = false;
      this.handlers.onReconnect();
      if (!this.closed) {
        this.logger.warn(`LISTEN ${this.channel} connection lost${error ? `: ${error.message}` : ''}; reconnecting`);
        this.timer = setTimeout(() => void this.connect(), RECONNECT_MS);
        this.timer.unref();
      }
    };
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.handlers.onNotification(message.payload ?? '');
    });
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      if (this.client !== client) return;
      // Anything cached before this point may have missed a notification.
      this.handlers.onReconnect();
      this.connected = true;
    } catch (error) {
      client.end().catch(() => undefined);
      lost(error as Error);
    }
  }
}
