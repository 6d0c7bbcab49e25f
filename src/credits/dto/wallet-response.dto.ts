import { ApiProperty } from '@nestjs/swagger';
import { LedgerRow, LotRow, WalletRow } from '../wallet.repository';

export class CreditLotResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['grant', 'purchase'] }) source: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) purchaseId: string | null;
  @ApiProperty() creditsGranted: number;
  @ApiProperty({ description: 'Credits still available to spend.' }) creditsRemaining: number;
  @ApiProperty() creditsHeld: number;
  @ApiProperty() creditsConsumed: number;
  @ApiProperty() creditsExpired: number;
  @ApiProperty() creditsRevoked: number;
  @ApiProperty() amountPaidMinor: number;
  @ApiProperty() currency: string;
  @ApiProperty({ description: 'Value of the lot recognised so far (consumed and expired credits).' }) releasedMinor: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(l: LotRow): CreditLotResponseDto {
    return {
      id: l.id,
      source: l.source,
      purchaseId: l.purchaseId,
      creditsGranted: l.granted,
      creditsRemaining: l.remaining,
      creditsHeld: l.held,
      creditsConsumed: l.consumed,
      creditsExpired: l.expired,
      creditsRevoked: l.revoked,
      amountPaidMinor: l.amountPaidMinor,
      currency: l.currency,
      releasedMinor: l.releasedMinor,
      expiresAt: l.expiresAt ? l.expiresAt.toISOString() : null,
      createdAt: l.createdAt.toISOString(),
    };
  }
}

export class WalletResponseDto {
  @ApiProperty({ description: 'Credits available to spend.', example: 42 }) balance: number;
  @ApiProperty({ description: 'Credits held by open contact requests.', example: 4 }) heldCredits: number;
  @ApiProperty({ description: 'True while a payment dispute is open: no credits can be spent.', example: false }) frozen: boolean;
  @ApiProperty({ type: [CreditLotResponseDto] }) lots: CreditLotResponseDto[];

  static from(wallet: WalletRow, lots: LotRow[]): WalletResponseDto {
    return { balance: wallet.balance, heldCredits: wallet.heldCredits, frozen: wallet.frozen, lots: lots.map(CreditLotResponseDto.from) };
  }
}

export class LedgerEntryResponseDto {
  @ApiProperty({ description: 'Sequence number (a string: it is a 64-bit integer).' }) id: string;
  @ApiProperty({ enum: ['grant', 'purchase', 'spend', 'hold', 'release', 'consume_held', 'expire', 'refund'] }) kind: string;
  @ApiProperty({ description: 'Change of the available balance.' }) credits: number;
  @ApiProperty({ description: 'Change of the held credits.' }) heldCredits: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) lotId: string | null;
  @ApiProperty({ type: String, nullable: true }) reference: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(e: LedgerRow): LedgerEntryResponseDto {
    return {
      id: String(e.id),
      kind: e.kind,
      credits: e.creditsDelta,
      heldCredits: e.heldDelta,
      lotId: e.lotId,
      reference: e.reference,
      createdAt: e.createdAt.toISOString(),
    };
  }
}

export class LedgerPageDto {
  @ApiProperty({ type: [LedgerEntryResponseDto] }) data: LedgerEntryResponseDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class CreditGrantResponseDto {
  @ApiProperty({ type: CreditLotResponseDto }) lot: CreditLotResponseDto;
  @ApiProperty() ledgerEntryId: string;
  @ApiProperty({ description: 'Available balance after the grant.' }) balance: number;
}
