import { PartialType } from '@nestjs/swagger';
import { CreateAssociationDto } from './create-association.dto';

/**
 * Every field optional. `revenueShareBps` and `stripeConnectAccountId` may only be changed by a
 * platform admin (403 `admin_only_field` otherwise).
 */
export class UpdateAssociationDto extends PartialType(CreateAssociationDto) {}
