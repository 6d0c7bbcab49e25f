import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Principal, RecruiterPrincipal } from '../auth/principal';
import { DomainError } from '../common/domain-error';
import { idempotencyPrincipal, IdempotencyService, requestHash } from '../idempotency/idempotency.service';
import { decodeCursor, PageQueryDto, toPage } from '../common/pagination';
import { onceMoreIfOutcomeUnknown } from '../database/pg-errors';
import { CreateCreditGrantDto } from './dto/create-credit-grant.dto';
import {
  CreditGrantResponseDto,
  CreditLotResponseDto,
  LedgerEntryResponseDto,
  LedgerPageDto,
  WalletResponseDto,
} from './dto/wallet-response.dto';
import { WalletService } from './wallet.service';

/** The wallet routes: reads for the org, manual grants for the platform admin. */
@Injectable()
export class WalletHttpService {
  constructor(
    private readonly wallet: WalletService,
    private readonly idempotency: IdempotencyService,
  ) {}

  async get(principal: RecruiterPrincipal): Promise<WalletResponseDto> {
    const { wallet, lots } = await this.wallet.getWallet(principal.orgId);
    return WalletResponseDto.from(wallet, lots);
  }

  async ledger(principal: RecruiterPrincipal, query: PageQueryDto): Promise<LedgerPageDto> {
    const before = query.cursor ? (decodeCursor(query.cursor, ['number'])[0] as number) : undefined;
    const rows = await this.wallet.ledger(principal.orgId, query.limit, before);
    return toPage(rows, query.limit, (e) => [e.id], LedgerEntryResponseDto.from);
  }

  async grant(principal: Principal, orgId: string, dto: CreateCreditGrantDto, idempotencyKey?: string): Promise<CreditGrantResponseDto> {
    const expiresAt = dto.expiresAt ? new Date(dto.expiresAt) : null;
    if (expiresAt && expiresAt.getTime() <= Date.now()) {
      throw new DomainError('validation_failed', 'expiresAt must be in the future', {
        errors: [{ field: 'expiresAt', message: 'must be in the future' }],
      });
    }
    // The ledger entry's key is drawn once: a run again after a lost commit replays the grant
    // (WalletService.grant answers a known key from its entry) instead of granting twice.
    const walletKey = `grant:${idempotencyKey ?? randomUUID()}`;
    const apply = (manager?: Parameters<WalletService['grant']>[0]) =>
      this.wallet
        .grant(manager, {
          orgId,
          credits: dto.credits,
          amountPaidMinor: dto.amountPaidMinor,
          currency: dto.currency ?? 'eur',
          expiresAt,
          source: 'grant',
          reason: dto.reason,
          idempotencyKey: walletKey,
        })
        .then((r): CreditGrantResponseDto => ({
          lot: CreditLotResponseDto.from(r.lot),
          ledgerEntryId: String(r.ledgerEntryId),
          balance: r.balance,
        }));
    // Connection lost around the commit: once more, replayed by the wallet if the commit happened.
    if (!idempotencyKey) return onceMoreIfOutcomeUnknown(() => apply());
    const hash = requestHash(`POST /v1/recruiter-orgs/${orgId}/credit-grants`, dto);
    const result = await this.idempotency.run(idempotencyPrincipal(principal), idempotencyKey, hash, 201, apply);
    return result.body;
  }
}
