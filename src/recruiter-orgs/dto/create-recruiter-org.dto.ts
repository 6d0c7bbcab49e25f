import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsFQDN, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';

export class CreateRecruiterOrgDto {
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

  @ApiProperty({ example: 'Hunt & Partners', minLength: 2, maxLength: 200 })
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ example: 'hunt-partners.com', description: 'Verified email domain of the organisation.' })
  @IsString()
  @Length(3, 253)
  @IsFQDN({ require_tld: true }, { message: 'emailDomain must be a domain name such as example.com' })
  emailDomain: string;
}
