import { ApiProperty } from '@nestjs/swagger';
import { CreditPackEntity } from '../credit-pack.entity';

export class CreditPackResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() credits: number;
  @ApiProperty() priceMinor: number;
  @ApiProperty() currency: string;
  @ApiProperty() validityDays: number;
  @ApiProperty({ type: String, nullable: true }) stripePriceId: string | null;
  @ApiProperty() active: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(p: CreditPackEntity): CreditPackResponseDto {
    return {
      id: p.id,
      name: p.name,
      credits: p.credits,
      priceMinor: p.priceMinor,
      currency: p.currency,
      validityDays: p.validityDays,
      stripePriceId: p.stripePriceId,
      active: p.active,
      createdAt: p.createdAt.toISOString(),
    };
  }
}

export class CreditPackPageDto {
  @ApiProperty({ type: [CreditPackResponseDto] }) data: CreditPackResponseDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
