import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, Validate } from 'class-validator';
import { RECRUITER_ACCESS, RecruiterAccess } from '../association.entity';
import { IsTimeZone } from '../../common/validators';

export class CreateAssociationDto {
  @ApiPropertyOptional({
    example: 'president@alumni.example',
    description: 'Invites this person as the first owner (member sign-in by email).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  @IsEmail()
  ownerEmail?: string;

  @ApiPropertyOptional({ enum: ['fr', 'en'], default: 'fr', description: 'Language of the owner invitation.' })
  @IsOptional()
  @IsIn(['fr', 'en'])
  ownerLocale?: 'fr' | 'en';

  @ApiProperty({ example: 'Alumni ESSEC', minLength: 2, maxLength: 200 })
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ example: 'alumni-essec', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64 })
  @IsString()
  @Length(2, 64)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lowercase letters, digits and single dashes' })
  slug: string;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 10000,
    default: 8000,
    description: "The association's share of gross revenue, in basis points.",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  revenueShareBps?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  unlockPriceCredits?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 2 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  contactPriceCredits?: number;

  @ApiPropertyOptional({ enum: RECRUITER_ACCESS, default: 'approval' })
  @IsOptional()
  @IsIn(RECRUITER_ACCESS)
  recruiterAccess?: RecruiterAccess;

  @ApiPropertyOptional({ example: 'acct_1Nv0FGQ9RKHgCVdK' })
  @IsOptional()
  @IsString()
  @Matches(/^acct_[A-Za-z0-9]{1,64}$/, { message: 'stripeConnectAccountId must look like acct_…' })
  stripeConnectAccountId?: string;

  @ApiPropertyOptional({ example: 'Europe/Paris', default: 'Europe/Paris', description: 'IANA time zone used by revenue reports.' })
  @IsOptional()
  @IsString()
  @Validate(IsTimeZone)
  timeZone?: string;
}
