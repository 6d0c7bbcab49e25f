import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { addressableAssociationId } from '../auth/ownership';
import { Principal } from '../auth/principal';
import { NotFoundError } from '../common/domain-error';
import { createdAtCursor, createdAtCursorOf, Page, PageQueryDto, toPage } from '../common/pagination';
import { isUniqueViolation } from '../database/pg-errors';
import { MembersService } from '../members/members.service';
import { AssociationsRepository } from './associations.repository';
import { AssociationError } from './associations.errors';
import { AssociationPageDto, AssociationResponseDto, CreatedAssociationDto } from './dto/association-response.dto';
import { CreateAssociationDto } from './dto/create-association.dto';
import { UpdateAssociationDto } from './dto/update-association.dto';

const ADMIN_ONLY_FIELDS = ['revenueShareBps', 'stripeConnectAccountId'] as const;

@Injectable()
export class AssociationsService {
  constructor(
    private readonly associations: AssociationsRepository,
    private readonly apiKeys: ApiKeysService,
    private readonly members: MembersService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Creates the association and its first admin key in one transaction: both or neither. */
  async create(principal: Principal, dto: CreateAssociationDto): Promise<CreatedAssociationDto> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const { ownerEmail, ownerLocale, ...fields } = dto;
        const association = await this.associations.insert(manager, fields);
        const apiKey = await this.apiKeys.issue(
          { kind: 'asc', associationId: association.id },
          { name: 'first admin key' },
          principal,
          manager,
        );
        if (ownerEmail) {
          const owner = { kind: 'association', associationId: association.id } as const;
          await this.members.inviteIn(manager, owner, { email: ownerEmail, role: 'owner', locale: ownerLocale ?? 'fr' }, principal);
        }
        return { association: AssociationResponseDto.from(association), apiKey };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_associations_slug')) {
        throw new AssociationError('slug_taken', `The slug "${dto.slug}" is already taken`, {
          errors: [{ field: 'slug', message: 'already taken' }],
        });
      }
      throw error;
    }
  }

  async list(query: PageQueryDto): Promise<AssociationPageDto> {
    const rows = await this.associations.list(query.limit, createdAtCursor(query.cursor));
    return toPage(rows, query.limit, createdAtCursorOf, AssociationResponseDto.from) satisfies Page<AssociationResponseDto>;
  }

  async get(principal: Principal, id: string): Promise<AssociationResponseDto> {
    const association = await this.associations.findById(addressableAssociationId(principal, id));
    if (!association) throw new NotFoundError('Association');
    return AssociationResponseDto.from(association);
  }

  async update(principal: Principal, id: string, dto: UpdateAssociationDto): Promise<AssociationResponseDto> {
    const associationId = addressableAssociationId(principal, id);
    if (principal.kind !== 'admin') {
      const forbidden = ADMIN_ONLY_FIELDS.filter((f) => dto[f] !== undefined);
      if (forbidden.length > 0) {
        throw new AssociationError('admin_only_field', `Only a platform admin may change: ${forbidden.join(', ')}`, {
          errors: forbidden.map((field) => ({ field, message: 'platform admin only' })),
        });
      }
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        const current = await this.associations.lockById(manager, associationId);
        if (!current) throw new NotFoundError('Association');
        const updated = await this.associations.update(manager, associationId, { ...dto });
        return AssociationResponseDto.from(updated);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_associations_slug')) {
        throw new AssociationError('slug_taken', `The slug "${dto.slug}" is already taken`, {
          errors: [{ field: 'slug', message: 'already taken' }],
        });
      }
      throw error;
    }
  }
}
