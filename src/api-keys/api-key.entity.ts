import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ApiKeyKind } from '../auth/scopes';

@Entity({ name: 'api_keys' })
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The public part of the key, shown in listings and used in `/v1/api-keys/{keyId}`. */
  @Column('text', { name: 'key_id' })
  keyId: string;

  @Column('text')
  kind: ApiKeyKind;

  @Column('uuid', { name: 'association_id', nullable: true })
  associationId: string | null;

  @Column('uuid', { name: 'org_id', nullable: true })
  orgId: string | null;

  @Column('text')
  name: string;

  @Column('text', { array: true })
  scopes: string[];

  @Column('bytea', { name: 'secret_hash', select: false })
  secretHash: Buffer;

  @Column('text', { name: 'created_by_key_id', nullable: true })
  createdByKeyId: string | null;

  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'expires_at', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'last_used_at', nullable: true })
  lastUsedAt: Date | null;
}
