import * as ipaddr from 'ipaddr.js';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/**
 * Which addresses a webhook may reach. Only public unicast addresses, unless an address is in the
 * configured allowlist (WEBHOOK_ALLOWED_PRIVATE_HOSTS, development and tests). IPv4-mapped IPv6
 * forms (::ffff:127.0.0.1) are judged as the IPv4 address they carry.
 */
export class OutboundPolicy {
  private readonly allowed: Array<[ipaddr.IPv4 | ipaddr.IPv6, number]>;

  constructor(
    allowedPrivateHosts: readonly string[],
    readonly httpsOnly: boolean,
  ) {
    this.allowed = allowedPrivateHosts.map((entry) =>
      entry.includes('/')
        ? ipaddr.parseCIDR(entry)
        : (() => {
            const address = ipaddr.parse(entry);
            return [address, address.kind() === 'ipv4' ? 32 : 128] as [ipaddr.IPv4 | ipaddr.IPv6, number];
          })(),
    );
  }

  /** The list handed to request-filtering-agent, which checks every dial. */
  get allowList(): string[] {
    return this.allowed.map(([address, bits]) => `${address.toString()}/${bits}`);
  }

  /** Why this address may not be reached, or null. */
  refusal(address: string): string | null {
    if (!ipaddr.isValid(address)) return 'not an IP address';
    let parsed = ipaddr.parse(address);
    if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
    if (this.allowed.some(([range, bits]) => range.kind() === parsed.kind() && parsed.match(range, bits))) return null;
    const range = parsed.range();
    return range === 'unicast' ? null : `${range} address`;
  }

  /**
   * Checks a URL when an endpoint is created or changed: scheme, no credentials, and every
   * address its host resolves to now. The same check runs again at every delivery (the name may
   * resolve elsewhere later), in the HTTP agent.
   */
  async check(raw: string): Promise<string | null> {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return 'must be an absolute URL';
    }
    if (url.protocol !== 'https:' && (this.httpsOnly || url.protocol !== 'http:')) {
      return this.httpsOnly ? 'must use https' : 'must use http or https';
    }
    if (url.username || url.password) return 'must not carry credentials';
    const host = url.hostname.replace(/^\[|\]$/g, '');
    let addresses: string[];
    if (isIP(host)) addresses = [host];
    else {
      try {
        addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
      } catch {
        return 'its host name does not resolve';
      }
    }
    for (const address of addresses) {
      const why = this.refusal(address);
      if (why) return `resolves to a ${why}, which webhooks may not reach`;
    }
    return null;
  }
}
