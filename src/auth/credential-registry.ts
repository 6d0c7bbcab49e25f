import { Injectable } from '@nestjs/common';
import { Principal } from './principal';

/** Turns a bearer token into a principal, or null when it is unknown, expired or revoked. */
export interface CredentialVerifier {
  /** Token prefixes this verifier understands, e.g. `pas_rec_`. */
  readonly prefixes: readonly string[];
  verify(token: string): Promise<Principal | null>;
}

/**
 * Feature modules register their verifiers here at start-up (API keys, alumni sessions), so the
 * global guard does not depend on every feature.
 */
@Injectable()
export class CredentialRegistry {
  private readonly verifiers: CredentialVerifier[] = [];
  private cookieVerifier?: (secret: string) => Promise<Principal | null>;

  register(verifier: CredentialVerifier): void {
    this.verifiers.push(verifier);
  }

  /** The web app's session cookie has one verifier (the people sessions). */
  registerCookie(verify: (secret: string) => Promise<Principal | null>): void {
    this.cookieVerifier = verify;
  }

  async verifyCookie(secret: string): Promise<Principal | null> {
    return this.cookieVerifier ? this.cookieVerifier(secret) : null;
  }

  async verify(token: string): Promise<Principal | null> {
    const verifier = this.verifiers.find((v) => v.prefixes.some((p) => token.startsWith(p)));
    return verifier ? verifier.verify(token) : null;
  }
}
