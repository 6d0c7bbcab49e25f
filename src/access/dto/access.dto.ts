import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';

export const ACCESS_REQUEST_STATUSES = ['pending', 'approved', 'rejected'] as const;

export class CreateAccessRequestDto {
  @ApiPropertyOptional({
    maxLength: 2000,
    description: 'Why the org wants access, shown to the association admin.',
    example: 'We recruit data engineers from your programs for our Lyon office.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  message?: string;
}

export class AccessRequestQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ACCESS_REQUEST_STATUSES })
  @IsOptional()
  @IsIn(ACCESS_REQUEST_STATUSES)
  status?: string;
}

export class BlockOrgDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() orgId: string;
}

export class AccessRequestDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) associationId: string;
  @ApiProperty({ format: 'uuid' }) orgId: string;
  @ApiProperty() orgName: string;
  @ApiProperty({ enum: ACCESS_REQUEST_STATUSES }) status: string;
  @ApiProperty({ type: String, nullable: true }) message: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) decidedAt: string | null;
}

export class AccessRequestPageDto {
  @ApiProperty({ type: [AccessRequestDto] }) data: AccessRequestDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class AssociationBlockDto {
  @ApiProperty({ format: 'uuid' }) associationId: string;
  @ApiProperty({ format: 'uuid' }) orgId: string;
  @ApiProperty() orgName: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class AssociationBlockPageDto {
  @ApiProperty({ type: [AssociationBlockDto] }) data: AssociationBlockDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
