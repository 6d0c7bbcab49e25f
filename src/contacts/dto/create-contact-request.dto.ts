import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

export class CreateContactRequestDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Senior data engineer' }) @IsString() @Length(1, 200) jobTitle: string;
  @ApiProperty({
    minLength: 1,
    maxLength: 5000,
    example: 'Hello, we are hiring a senior data engineer in Lyon; your profile fits. Could we talk?',
  })
  @IsString()
  @Length(1, 5000)
  message: string;
  @ApiPropertyOptional({ description: 'Yearly salary, minor units.', minimum: 0, example: 6000000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  salaryMinMinor?: number;
  @ApiPropertyOptional({ description: 'Yearly salary, minor units; at least salaryMinMinor.', minimum: 0, example: 7500000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  salaryMaxMinor?: number;
  @ApiPropertyOptional({ example: 'eur', description: 'ISO 4217, lowercase.' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z]{3}$/, { message: 'currency must be a lowercase ISO 4217 code such as eur' })
  currency?: string;
}
