import { createServer, IncomingHttpHeaders, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The payload as verified with the secret(s) given to the receiver, or the verification error. */
  verified: unknown;
  error?: string;
}

export type ReceiverAnswer = (request: ReceivedWebhook, index: number, res: ServerResponse) => void;

/**
 * A local HTTP server standing in for an HR system: it verifies every request with the
 * `standardwebhooks` library and answers as the test says (200 by default).
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  secrets: string[] = [];
  answer: ReceiverAnswer = (_r, _i, res) => res.writeHead(200).end('ok');
  private readonly server: Server;
  private readonly open = new Set<ServerResponse>();
  private waiters: Array<() => void> = [];

  constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const entry: ReceivedWebhook = { path: req.url ?? '', headers: req.headers, body, verified: null };
        try {
          entry.verified = this.secrets.length === 0 ? null : verifyWithAny(this.secrets, body, req.headers);
        } catch (error) {
          entry.error = (error as Error).message;
        }
        this.received.push(entry);
        this.open.add(res);
        res.on('close', () => this.open.delete(res));
        this.answer(entry, this.received.length - 1, res);
        this.waiters.forEach((w) => w());
      });
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  url(path = '/hooks'): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  /** Resolves once `count` requests arrived. */
  async waitFor(count: number, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} webhook requests, got ${this.received.length}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      this.waiters = [];
    }
  }

  async close(): Promise<void> {
    for (const res of this.open) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

export function verifyWithAny(secrets: string[], body: string, headers: IncomingHttpHeaders): unknown {
  const plain = {
    'webhook-id': String(headers['webhook-id']),
    'webhook-timestamp': String(headers['webhook-timestamp']),
    'webhook-signature': String(headers['webhook-signature']),
  };
  let last: unknown;
  for (const secret of secrets) {
    try {
      return new Webhook(secret).verify(body, plain);
    } catch (error) {
      last = error;
    }
  }
  throw last;
}
