import { ApiProperty } from '@nestjs/swagger';
import { CreatedApiKeyDto } from '../../api-keys/dto/api-key-response.dto';
import { AssociationEntity, RECRUITER_ACCESS } from '../association.entity';

export class AssociationResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() slug: string;
  @ApiProperty() revenueShareBps: number;
  @ApiProperty() unlockPriceCredits: number;
  @ApiProperty() contactPriceCredits: number;
  @ApiProperty({ enum: RECRUITER_ACCESS }) recruiterAccess: string;
  @ApiProperty({ type: String, nullable: true }) stripeConnectAccountId: string | null;
  @ApiProperty() timeZone: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(a: AssociationEntity): AssociationResponseDto {
    return {
      id: a.id,
      name: a.name,
      slug: a.slug,
      revenueShareBps: a.revenueShareBps,
      unlockPriceCredits: a.unlockPriceCredits,
      contactPriceCredits: a.contactPriceCredits,
      recruiterAccess: a.recruiterAccess,
      stripeConnectAccountId: a.stripeConnectAccountId,
      timeZone: a.timeZone,
      createdAt: a.createdAt.toISOString(),
      updatedAt: a.updatedAt.toISOString(),
    };
  }
}

export class CreatedAssociationDto {
  @ApiProperty({ type: AssociationResponseDto }) association: AssociationResponseDto;
  @ApiProperty({ type: CreatedApiKeyDto, description: "The association's first admin key, shown once." })
  apiKey: CreatedApiKeyDto;
}

export class AssociationPageDto {
  @ApiProperty({ type: [AssociationResponseDto] }) data: AssociationResponseDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
