import { randomBytes } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

export interface FakeCheckoutSession {
  id: string;
  object: 'checkout.session';
  amount_total: number | null;
  currency: string | null;
  client_reference_id: string | null;
  metadata: Record<string, string>;
  mode: string;
  payment_intent: string | null;
  payment_status: 'paid' | 'unpaid' | 'no_payment_required';
  status: 'open' | 'complete' | 'expired';
  success_url: string;
  cancel_url: string;
  url: string;
  created: number;
  livemode: false;
}

/**
 * A small stand-in for api.stripe.com that the real `stripe` library talks to (through its
 * host/port/protocol options). It implements POST /v1/checkout/sessions with the form-encoded
 * bodies stripe-node sends and honours Idempotency-Key like Stripe: the same key replays the
 * first response, a different body with the same key is a 400 idempotency_error.
 */
export class FakeStripe {
  readonly sessions = new Map<string, FakeCheckoutSession>();
  readonly requests: Array<{ method: string; path: string; idempotencyKey?: string; body: Record<string, unknown> }> = [];
  private readonly idempotent = new Map<string, { body: string; status: number; response: string }>();
  private server?: Server;
  /** Set to make the next N requests fail with a 500 (to exercise client retries). */
  failNext = 0;
  /** While true, POST /v1/transfers is refused like a Connect transfer with an insufficient platform balance. */
  failTransfers = false;
  readonly transfers = new Map<string, Record<string, unknown>>();
  /** Connect accounts (Express), and the account links issued for them. */
  readonly accounts = new Map<string, FakeAccount>();
  readonly accountLinks: Array<{ account: string; url: string; return_url: string; refresh_url: string; type: string }> = [];

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = (req.url ?? '').split('?')[0];
    const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
    const body = parseForm(raw);
    this.requests.push({ method: req.method ?? '', path, idempotencyKey, body });

    if (!/^Bearer sk_test_/.test(req.headers.authorization ?? '')) {
      return send(res, 401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } });
    }
    if (this.failNext > 0) {
      this.failNext--;
      return send(res, 500, { error: { type: 'api_error', message: 'fake outage' } });
    }
    if (idempotencyKey) {
      const previous = this.idempotent.get(idempotencyKey);
      if (previous) {
        if (previous.body !== raw) {
          return send(res, 400, {
            error: { type: 'idempotency_error', message: 'Keys for idempotent requests can only be used with the same parameters' },
          });
        }
        res.setHeader('idempotent-replayed', 'true');
        return sendRaw(res, previous.status, previous.response);
      }
    }
    let status = 200;
    let response: unknown;
    if (req.method === 'POST' && path === '/v1/checkout/sessions') {
      const result = this.createSession(body);
      status = result.status;
      response = result.body;
    } else if (req.method === 'POST' && path === '/v1/transfers') {
      const result = this.createTransfer(body);
      status = result.status;
      response = result.body;
    } else if (req.method === 'POST' && path === '/v1/accounts') {
      const result = this.createAccount(body);
      status = result.status;
      response = result.body;
    } else if (req.method === 'GET' && path.startsWith('/v1/accounts/')) {
      const account = this.accounts.get(path.slice('/v1/accounts/'.length));
      status = account ? 200 : 404;
      response = account ?? { error: { type: 'invalid_request_error', message: 'No such account' } };
    } else if (req.method === 'POST' && path === '/v1/account_links') {
      const result = this.createAccountLink(body);
      status = result.status;
      response = result.body;
    } else if (req.method === 'GET' && path.startsWith('/v1/checkout/sessions/')) {
      const session = this.sessions.get(path.slice('/v1/checkout/sessions/'.length));
      status = session ? 200 : 404;
      response = session ?? { error: { type: 'invalid_request_error', message: 'No such checkout.session' } };
    } else {
      status = 404;
      response = { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${req.method}: ${path})` } };
    }
    const text = JSON.stringify(response);
    if (idempotencyKey && status < 500) this.idempotent.set(idempotencyKey, { body: raw, status, response: text });
    sendRaw(res, status, text);
  }

  /**
   * What Stripe does when the owner finishes the hosted onboarding: the account changes and an
   * `account.updated` event (the whole account, as Stripe sends it) is due. Returns that event.
   */
  completeOnboarding(
    accountId: string,
    changes: Partial<Pick<FakeAccount, 'details_submitted' | 'payouts_enabled' | 'charges_enabled'>> = {},
  ) {
    const account = this.accounts.get(accountId);
    if (!account) throw new Error(`fake Stripe: no account ${accountId}`);
    Object.assign(account, { details_submitted: true, payouts_enabled: true, charges_enabled: true }, changes);
    return accountUpdatedEvent({ ...account });
  }

  private createAccount(body: Record<string, unknown>): { status: number; body: unknown } {
    if (body.type !== 'express') {
      return {
        status: 400,
        body: { error: { type: 'invalid_request_error', message: 'This fake only creates Express accounts (type=express).' } },
      };
    }
    const account: FakeAccount = {
      id: `acct_${randomBytes(8).toString('hex')}`,
      object: 'account',
      type: 'express',
      details_submitted: false,
      payouts_enabled: false,
      charges_enabled: false,
      capabilities: Object.fromEntries(Object.keys((body.capabilities as Record<string, unknown>) ?? {}).map((c) => [c, 'inactive'])),
      business_profile: (body.business_profile as Record<string, unknown>) ?? {},
      metadata: (body.metadata as Record<string, string>) ?? {},
      created: Math.floor(Date.now() / 1000),
    };
    this.accounts.set(account.id, account);
    return { status: 200, body: account };
  }

  private createAccountLink(body: Record<string, unknown>): { status: number; body: unknown } {
    const missing = ['account', 'type', 'return_url', 'refresh_url'].filter((k) => body[k] === undefined);
    if (missing.length > 0) {
      return { status: 400, body: { error: { type: 'invalid_request_error', message: `Missing required param: ${missing[0]}.` } } };
    }
    if (!this.accounts.has(String(body.account))) {
      return { status: 400, body: { error: { type: 'invalid_request_error', message: `No such account: '${body.account}'` } } };
    }
    const link = {
      account: String(body.account),
      type: String(body.type),
      return_url: String(body.return_url),
      refresh_url: String(body.refresh_url),
      url: `https://connect.stripe.com/setup/e/${body.account}/${randomBytes(8).toString('hex')}`,
    };
    this.accountLinks.push(link);
    const created = Math.floor(Date.now() / 1000);
    return { status: 200, body: { object: 'account_link', created, expires_at: created + 300, url: link.url } };
  }

  private createTransfer(body: Record<string, unknown>): { status: number; body: unknown } {
    const missing = ['amount', 'currency', 'destination'].filter((k) => body[k] === undefined);
    if (missing.length > 0) {
      return { status: 400, body: { error: { type: 'invalid_request_error', message: `Missing required param: ${missing[0]}.` } } };
    }
    if (this.failTransfers) {
      return {
        status: 400,
        body: { error: { type: 'invalid_request_error', code: 'balance_insufficient', message: 'Insufficient funds in Stripe account.' } },
      };
    }
    const transfer = {
      id: `tr_${randomBytes(12).toString('hex')}`,
      object: 'transfer',
      amount: Number(body.amount),
      currency: String(body.currency),
      destination: String(body.destination),
      transfer_group: (body.transfer_group as string) ?? null,
      metadata: (body.metadata as Record<string, string>) ?? {},
      created: Math.floor(Date.now() / 1000),
      livemode: false,
    };
    this.transfers.set(transfer.id, transfer);
    return { status: 200, body: transfer };
  }

  private createSession(body: Record<string, unknown>): { status: number; body: unknown } {
    const missing = ['mode', 'success_url', 'line_items'].filter((k) => body[k] === undefined);
    if (missing.length > 0) {
      return { status: 400, body: { error: { type: 'invalid_request_error', message: `Missing required param: ${missing[0]}.` } } };
    }
    const items = body.line_items as Array<Record<string, any>>;
    let amount = 0;
    let currency: string | null = null;
    for (const item of items) {
      const quantity = Number(item.quantity ?? 1);
      if (item.price_data) {
        amount += Number(item.price_data.unit_amount) * quantity;
        currency = String(item.price_data.currency);
      } else {
        return { status: 400, body: { error: { type: 'invalid_request_error', message: `No such price: '${item.price}'` } } };
      }
    }
    const id = `cs_test_${randomBytes(12).toString('hex')}`;
    const session: FakeCheckoutSession = {
      id,
      object: 'checkout.session',
      amount_total: amount,
      currency,
      client_reference_id: (body.client_reference_id as string) ?? null,
      metadata: (body.metadata as Record<string, string>) ?? {},
      mode: String(body.mode),
      payment_intent: null,
      payment_status: 'unpaid',
      status: 'open',
      success_url: String(body.success_url),
      cancel_url: String(body.cancel_url),
      url: `https://checkout.stripe.com/c/pay/${id}`,
      created: Math.floor(Date.now() / 1000),
      livemode: false,
    };
    this.sessions.set(id, session);
    return { status: 200, body: session };
  }
}

export interface FakeAccount {
  id: string;
  object: 'account';
  type: 'express';
  details_submitted: boolean;
  payouts_enabled: boolean;
  charges_enabled: boolean;
  capabilities: Record<string, string>;
  business_profile: Record<string, unknown>;
  metadata: Record<string, string>;
  created: number;
}

/** An `account.updated` event carrying the account's whole state; `created` in seconds. */
export function accountUpdatedEvent(account: Partial<FakeAccount> & { id: string }, created = Math.floor(Date.now() / 1000)) {
  return {
    id: `evt_${randomBytes(12).toString('hex')}`,
    object: 'event',
    type: 'account.updated',
    account: account.id,
    created,
    livemode: false,
    data: { object: { object: 'account', details_submitted: false, payouts_enabled: false, charges_enabled: false, ...account } },
  };
}

/** Decodes stripe-node's form encoding (`a[b][0][c]=x`) into nested objects and arrays. */
export function parseForm(raw: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const path = key.replace(/\]/g, '').split('[');
    let node: any = root;
    path.forEach((part, i) => {
      const last = i === path.length - 1;
      const nextIsIndex = !last && /^\d+$/.test(path[i + 1]);
      if (last) node[part] = value;
      else node = node[part] ??= nextIsIndex ? [] : {};
    });
  }
  return root;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  sendRaw(res, status, JSON.stringify(body));
}

function sendRaw(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_${randomBytes(6).toString('hex')}` });
  res.end(text);
}
