import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

export class CreateCreditGrantDto {
  @ApiProperty({ minimum: 1, maximum: 1_000_000, example: 20 })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  credits: number;

  @ApiProperty({
    minimum: 0,
    maximum: 1_000_000_000,
    example: 0,
    description: 'What the org paid for these credits, in minor units (0 for a free grant); the revenue basis of the lot.',
  })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  amountPaidMinor: number;

  @ApiPropertyOptional({ example: 'eur', default: 'eur' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z]{3}$/, { message: 'currency must be a lowercase ISO 4217 code such as eur' })
  currency?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When unspent credits of this grant expire (never by default).' })
  @IsOptional()
  @IsDateString({ strict: true })
  expiresAt?: string;

  @ApiProperty({ example: 'Goodwill gesture after an outage', minLength: 1, maxLength: 500 })
  @IsString()
  @Length(1, 500)
  reason: string;
}
