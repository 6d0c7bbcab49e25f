import { ApiProperty } from '@nestjs/swagger';
import { CreatedApiKeyDto } from '../../api-keys/dto/api-key-response.dto';
import { ORG_STATUSES, RecruiterOrgEntity } from '../recruiter-org.entity';

export class RecruiterOrgResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() emailDomain: string;
  @ApiProperty({ enum: ORG_STATUSES }) status: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(org: RecruiterOrgEntity): RecruiterOrgResponseDto {
    return {
      id: org.id,
      name: org.name,
      emailDomain: org.emailDomain,
      status: org.status,
      createdAt: org.createdAt.toISOString(),
    };
  }
}

export class CreatedRecruiterOrgDto {
  @ApiProperty({ type: RecruiterOrgResponseDto }) org: RecruiterOrgResponseDto;
  @ApiProperty({ type: CreatedApiKeyDto, description: "The org's first key with every recruiter scope, shown once." })
  apiKey: CreatedApiKeyDto;
}

export class RecruiterOrgPageDto {
  @ApiProperty({ type: [RecruiterOrgResponseDto] }) data: RecruiterOrgResponseDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
