import { ApiProperty } from '@nestjs/swagger';
import { ApiKeyEntity } from '../api-key.entity';

export class ApiKeyResponseDto {
  @ApiProperty({ description: 'Public key id (the part after the kind prefix).', example: 'k3j9x0a7m2c4q8wz' })
  id: string;

  @ApiProperty({ enum: ['adm', 'asc', 'rec'] })
  kind: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ type: [String] })
  scopes: string[];

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  associationId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  orgId: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  expiresAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revokedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastUsedAt: string | null;

  static from(key: ApiKeyEntity): ApiKeyResponseDto {
    return {
      id: key.keyId,
      kind: key.kind,
      name: key.name,
      scopes: key.scopes,
      associationId: key.associationId,
      orgId: key.orgId,
      createdAt: key.createdAt.toISOString(),
      expiresAt: key.expiresAt?.toISOString() ?? null,
      revokedAt: key.revokedAt?.toISOString() ?? null,
      lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    };
  }
}

/** The only response that ever contains a key's secret: the creation or rotation response. */
export class CreatedApiKeyDto {
  @ApiProperty({ type: ApiKeyResponseDto })
  key: ApiKeyResponseDto;

  @ApiProperty({
    description: 'The full key. It is shown once and cannot be retrieved again.',
    example: 'pas_rec_k3j9x0a7m2c4q8wz_…',
  })
  secret: string;
}

export class ApiKeyPageDto {
  @ApiProperty({ type: [ApiKeyResponseDto] })
  data: ApiKeyResponseDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}
