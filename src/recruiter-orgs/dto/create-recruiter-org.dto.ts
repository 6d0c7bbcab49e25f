import { ApiProperty } from '@nestjs/swagger';
import { IsFQDN, IsString, Length } from 'class-validator';

export class CreateRecruiterOrgDto {
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
