import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsDateString, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { ASSOCIATION_SCOPES, RECRUITER_SCOPES } from '../../auth/scopes';

const ALL_SCOPES = [...new Set([...ASSOCIATION_SCOPES, ...RECRUITER_SCOPES])];

export class CreateApiKeyDto {
  @ApiProperty({ example: 'Greenhouse ATS', minLength: 1, maxLength: 100 })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiPropertyOptional({
    description: 'Scopes of the new key; defaults to the scopes of the calling key and can never exceed them.',
    enum: ALL_SCOPES,
    isArray: true,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsIn(ALL_SCOPES, { each: true })
  scopes?: string[];

  @ApiPropertyOptional({ format: 'date-time', description: 'When the key stops working; must be in the future.' })
  @IsOptional()
  @IsDateString({ strict: true })
  expiresAt?: string;
}

export class RotateApiKeyDto {
  @ApiPropertyOptional({
    description: 'Seconds the old key keeps working after rotation (0 revokes it at once).',
    minimum: 0,
    maximum: 604800,
    default: 86400,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(604800)
  graceSeconds?: number;
}
