import { ApiProperty } from '@nestjs/swagger';
import { PayoutRow } from '../payouts.repository';

export class PayoutResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '2026-02', description: "Calendar month in the association's time zone." }) period: string;
  @ApiProperty() currency: string;
  @ApiProperty({ description: 'Minor units transferred (or to transfer).' }) amountMinor: number;
  @ApiProperty({ description: 'Association shares recognised up to the end of the period.' }) sharesToPeriodEndMinor: number;
  @ApiProperty({ description: 'Kept back from this period (PAYOUT_RESERVE_BPS of its shares), paid with the next period.' })
  reserveMinor: number;
  @ApiProperty({ enum: ['pending', 'paid', 'failed'] }) status: string;
  @ApiProperty({ type: String, nullable: true }) stripeTransferId: string | null;
  @ApiProperty({ type: String, nullable: true }) failureReason: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) paidAt: string | null;

  static from(row: PayoutRow): PayoutResponseDto {
    return {
      id: row.id,
      period: row.period,
      currency: row.currency,
      amountMinor: row.amountMinor,
      sharesToPeriodEndMinor: row.sharesToPeriodEndMinor,
      reserveMinor: row.reserveMinor,
      status: row.status,
      stripeTransferId: row.stripeTransferId,
      failureReason: row.failureReason,
      createdAt: row.createdAt.toISOString(),
      paidAt: row.paidAt ? row.paidAt.toISOString() : null,
    };
  }
}

export class PayoutPageDto {
  @ApiProperty({ type: [PayoutResponseDto] }) data: PayoutResponseDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
