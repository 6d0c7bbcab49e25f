import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

export class CreateCreditPackDto {
  @ApiProperty({ example: 'Starter — 10 credits', minLength: 2, maxLength: 200 })
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ minimum: 1, maximum: 1_000_000, example: 10 })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  credits: number;

  @ApiProperty({ minimum: 0, maximum: 100_000_000, example: 9900, description: 'Price in minor units (cents).' })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  priceMinor: number;

  @ApiProperty({ example: 'eur', description: 'ISO 4217 currency code, lowercase as Stripe uses it.' })
  @IsString()
  @Matches(/^[a-z]{3}$/, { message: 'currency must be a lowercase ISO 4217 code such as eur' })
  currency: string;

  @ApiProperty({ minimum: 1, maximum: 3650, example: 365 })
  @IsInt()
  @Min(1)
  @Max(3650)
  validityDays: number;

  @ApiPropertyOptional({ example: 'price_1Nv0FGQ9RKHgCVdK' })
  @IsOptional()
  @IsString()
  @Matches(/^price_[A-Za-z0-9]{1,64}$/, { message: 'stripePriceId must look like price_…' })
  stripePriceId?: string;
}
