import { ApiProperty } from '@nestjs/swagger';
import { FullProfileDto } from '../../access/profile-views';
import { UnlockRow } from '../unlocks.repository';

export class UnlockDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) alumnusId: string;
  @ApiProperty({ format: 'uuid' }) associationId: string;
  @ApiProperty({ description: 'Credits charged by the first unlock.' }) creditsCharged: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(row: UnlockRow): UnlockDto {
    return {
      id: row.id,
      alumnusId: row.alumnusId,
      associationId: row.associationId,
      creditsCharged: row.creditsCharged,
      createdAt: new Date(row.createdAt).toISOString(),
    };
  }
}

export class UnlockResponseDto {
  @ApiProperty({ type: UnlockDto }) unlock: UnlockDto;
  @ApiProperty({ type: FullProfileDto }) profile: FullProfileDto;
  @ApiProperty({ description: 'Credits charged by this request: 0 when the org had already unlocked the profile.', example: 1 })
  creditsCharged: number;
  @ApiProperty({ description: 'Wallet balance after this request.', example: 41 }) balance: number;
}

export class UnlockPageDto {
  @ApiProperty({ type: [UnlockDto] }) data: UnlockDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
