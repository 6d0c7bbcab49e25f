import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { request as httpRequest, Agent as HttpAgent } from 'node:http';
import { request as httpsRequest, Agent as HttpsAgent } from 'node:https';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { Webhook } from 'standardwebhooks';
import { AppConfig } from '../config/app-config';
import { OutboundPolicy } from './outbound-safety';

/** Bytes of a receiver's answer kept in the attempt log. */
export const RESPONSE_BYTES_KEPT = 1024;

export type AttemptErrorKind = 'ssrf_blocked' | 'timeout' | 'connection' | 'http';

export interface SendResult {
  ok: boolean;
  status: number | null;
  body: string | null;
  durationMs: number;
  errorKind: AttemptErrorKind | null;
  /** A short, secret-free description of a failure. */
  error: string | null;
}

/**
 * Sends one signed webhook request. Standard Webhooks headers: `webhook-id` (the event id, the
 * receiver's deduplication key), `webhook-timestamp` (now, per attempt) and `webhook-signature`
 * with one `v1,…` signature per active secret, space-separated (rotation). Redirects are not
 * followed (a 3xx is a failure), and every connection goes through request-filtering-agent,
 * which refuses private, loopback, link-local and metadata addresses after DNS resolution.
 */
@Injectable()
export class WebhookSender implements OnModuleDestroy {
  readonly policy: OutboundPolicy;
  private readonly httpAgent: HttpAgent;
  private readonly httpsAgent: HttpsAgent;

  constructor(private readonly config: AppConfig) {
    this.policy = new OutboundPolicy(config.webhookAllowedPrivateHosts, config.webhookHttpsOnly);
    const options = { keepAlive: true, maxSockets: 16, allowIPAddressList: this.policy.allowList };
    this.httpAgent = new RequestFilteringHttpAgent(options);
    this.httpsAgent = new RequestFilteringHttpsAgent(options);
  }

  onModuleDestroy(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  static sign(secrets: readonly string[], id: string, at: Date, body: string): string {
    return secrets.map((secret) => new Webhook(secret).sign(id, at, body)).join(' ');
  }

  async send(url: string, id: string, body: string, secrets: readonly string[]): Promise<SendResult> {
    const started = process.hrtime.bigint();
    const elapsed = () => Number((process.hrtime.bigint() - started) / 1_000_000n);
    const at = new Date();
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return { ok: false, status: null, body: null, durationMs: 0, errorKind: 'connection', error: 'invalid URL' };
    }
    if (target.protocol !== 'https:' && (this.policy.httpsOnly || target.protocol !== 'http:')) {
      return { ok: false, status: null, body: null, durationMs: 0, errorKind: 'ssrf_blocked', error: 'scheme not allowed' };
    }
    const headers = {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      'user-agent': 'Passerelle-Webhooks/1',
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': WebhookSender.sign(secrets, id, at, body),
    };
    const https = target.protocol === 'https:';
    return new Promise<SendResult>((resolve) => {
      let settled = false;
      const finish = (result: Omit<SendResult, 'durationMs'>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ ...result, durationMs: elapsed() });
      };
      const req = (https ? httpsRequest : httpRequest)(target, {
        method: 'POST',
        headers,
        agent: https ? this.httpsAgent : this.httpAgent,
      });
      const timer = setTimeout(() => {
        finish({ ok: false, status: null, body: null, errorKind: 'timeout', error: `no answer within ${this.config.webhookTimeoutMs} ms` });
        req.destroy();
      }, this.config.webhookTimeoutMs);
      req.on('error', (error) => {
        const blocked = /is not allowed/.test(error.message);
        finish({
          ok: false,
          status: null,
          body: null,
          errorKind: blocked ? 'ssrf_blocked' : 'connection',
          error: describe(error, blocked),
        });
      });
      req.on('response', (res) => {
        const status = res.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let kept = 0;
        const done = () => {
          const text = Buffer.concat(chunks).subarray(0, RESPONSE_BYTES_KEPT).toString('utf8');
          const ok = status >= 200 && status < 300;
          finish({ ok, status, body: text, errorKind: ok ? null : 'http', error: ok ? null : `HTTP ${status}` });
        };
        res.on('data', (chunk: Buffer) => {
          if (kept >= RESPONSE_BYTES_KEPT) return;
          chunks.push(chunk);
          kept += chunk.length;
          // Enough kept: stop reading (the socket is dropped rather than drained).
          if (kept >= RESPONSE_BYTES_KEPT) {
            done();
            res.destroy();
          }
        });
        res.on('end', done);
        res.on('error', done);
      });
      req.end(body);
    });
  }
}

function describe(error: Error & { code?: string }, blocked: boolean): string {
  if (blocked) return 'the address is not allowed (private, loopback, link-local or metadata)';
  return [error.code, error.message.slice(0, 200)].filter(Boolean).join(' ');
}
