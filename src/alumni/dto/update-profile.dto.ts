import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { COUNTRY_PATTERN, DEGREE_LEVELS, EMAIL_PATTERN, LINKEDIN_PATTERN, PHONE_PATTERN, SENIORITIES } from '../profile-fields';

const nullable = (_: object, value: unknown) => value !== null;

/** Profile fields an association admin may change; `null` clears a field. Same limits as imports. */
export class UpdateAlumnusDto {
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @Length(1, 200) externalId?: string;
  @ApiPropertyOptional({ maxLength: 100 }) @IsOptional() @IsString() @Length(1, 100) firstName?: string;
  @ApiPropertyOptional({ maxLength: 100 }) @IsOptional() @IsString() @Length(1, 100) lastName?: string;
  @ApiPropertyOptional({ maxLength: 254 })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  @Matches(EMAIL_PATTERN, { message: 'email must be an email address' })
  email?: string;
  @ApiPropertyOptional({ type: String, nullable: true })
  @ValidateIf(nullable)
  @IsOptional()
  @IsString()
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number such as +33 6 12 34 56 78' })
  phone?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true })
  @ValidateIf(nullable)
  @IsOptional()
  @IsString()
  @MaxLength(300)
  @Matches(LINKEDIN_PATTERN, { message: 'linkedinUrl must be an https://linkedin.com/… URL' })
  linkedinUrl?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @ValidateIf(nullable) @IsOptional() @IsString() @MaxLength(200) currentCompany?:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @ValidateIf(nullable) @IsOptional() @IsString() @MaxLength(200) headline?:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @ValidateIf(nullable) @IsOptional() @IsString() @MaxLength(100) industry?:
    string | null;
  @ApiPropertyOptional({ enum: SENIORITIES, nullable: true }) @ValidateIf(nullable) @IsOptional() @IsIn(SENIORITIES) seniority?:
    string | null;
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 80 })
  @ValidateIf(nullable)
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(80)
  yearsOfExperience?: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @ValidateIf(nullable) @IsOptional() @IsString() @MaxLength(100) city?:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'FR' })
  @ValidateIf(nullable)
  @IsOptional()
  @IsString()
  @Matches(COUNTRY_PATTERN, { message: 'country must be an ISO 3166-1 alpha-2 code such as FR' })
  country?: string | null;
  @ApiPropertyOptional({ type: [String], maxItems: 50 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  skills?: string[];
  @ApiPropertyOptional({ type: [String], maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  languages?: string[];
  @ApiPropertyOptional({ type: String, nullable: true }) @ValidateIf(nullable) @IsOptional() @IsString() @MaxLength(200) program?:
    string | null;
  @ApiPropertyOptional({ enum: DEGREE_LEVELS, nullable: true }) @ValidateIf(nullable) @IsOptional() @IsIn(DEGREE_LEVELS) degreeLevel?:
    string | null;
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1900, maximum: 2100 })
  @ValidateIf(nullable)
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2100)
  graduationYear?: number | null;
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 4000 })
  @ValidateIf(nullable)
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  bio?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() openToWork?: boolean;
}

/**
 * What an alumnus may change about themselves. The email stays with the association: it is the
 * address magic links go to, so changing it here would hand the profile's login to another inbox.
 */
export class UpdateMeDto extends OmitType(UpdateAlumnusDto, ['externalId', 'email'] as const) {
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 1000,
    description: 'At most this many contact requests (open or accepted) per calendar month; null means no limit.',
  })
  @ValidateIf(nullable)
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  maxContactRequestsPerMonth?: number | null;
}
