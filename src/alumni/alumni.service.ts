import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addressableAssociationId } from '../auth/ownership';
import { Principal } from '../auth/principal';
import { DomainError, NotFoundError } from '../common/domain-error';
import { createdAtCursor, createdAtCursorOf, PageQueryDto, toPage } from '../common/pagination';
import { isUniqueViolation } from '../database/pg-errors';
import { AlumniAuthService } from './alumni-auth.service';
import { AlumniErasureService } from './alumni-erasure.service';
import { AlumniError } from './alumni.errors';
import { AlumniRepository } from './alumni.repository';
import { AlumnusPageDto, AlumnusResponseDto } from './dto/alumnus-response.dto';
import { ConsentEventDto } from './dto/consent.dto';
import { UpdateAlumnusDto } from './dto/update-profile.dto';
import { consentEvent } from './me.service';
import { SearchProjection } from '../search/search-projection.service';

/** The association admin's view of its own alumni; every query carries the association id. */
@Injectable()
export class AlumniService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alumni: AlumniRepository,
    private readonly auth: AlumniAuthService,
    private readonly erasure: AlumniErasureService,
    private readonly search: SearchProjection,
  ) {}

  async list(principal: Principal, id: string, query: PageQueryDto): Promise<AlumnusPageDto> {
    const associationId = addressableAssociationId(principal, id);
    const rows = await this.alumni.listInAssociation(associationId, query.limit, createdAtCursor(query.cursor));
    return toPage(rows, query.limit, (r) => createdAtCursorOf({ createdAt: r.created_at, id: r.id }), AlumnusResponseDto.fromRow);
  }

  async get(principal: Principal, id: string, alumnusId: string): Promise<AlumnusResponseDto> {
    const row = await this.alumni.findInAssociation(addressableAssociationId(principal, id), alumnusId);
    if (!row) throw new NotFoundError('Alumnus');
    return AlumnusResponseDto.fromRow(row);
  }

  async consentHistory(principal: Principal, id: string, alumnusId: string): Promise<ConsentEventDto[]> {
    await this.get(principal, id, alumnusId);
    return (await this.alumni.consentHistory(alumnusId)).map(consentEvent);
  }

  async update(principal: Principal, id: string, alumnusId: string, dto: UpdateAlumnusDto): Promise<AlumnusResponseDto> {
    const associationId = addressableAssociationId(principal, id);
    try {
      await this.dataSource.transaction(async (manager) => {
        const row = await this.alumni.findInAssociation(associationId, alumnusId, manager);
        if (!row) throw new NotFoundError('Alumnus');
        // The import hash no longer describes the row: the next import of this alumnus rewrites it.
        await this.alumni.updateProfile(manager, alumnusId, { ...dto }, { clearImportHash: true });
        await this.search.refresh(manager, [alumnusId]);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_alumni_external_id')) {
        throw new DomainError('conflict', 'Another alumnus of this association has this externalId', {
          errors: [{ field: 'externalId', message: 'already used' }],
        });
      }
      throw error;
    }
    return this.get(principal, id, alumnusId);
  }

  async erase(principal: Principal, id: string, alumnusId: string): Promise<void> {
    const associationId = addressableAssociationId(principal, id);
    if (!(await this.erasure.erase(alumnusId, associationId))) throw new NotFoundError('Alumnus');
  }

  async invite(principal: Principal, id: string, alumnusId: string): Promise<void> {
    const associationId = addressableAssociationId(principal, id);
    await this.dataSource.transaction(async (manager) => {
      const row = await this.alumni.findInAssociation(associationId, alumnusId, manager);
      if (!row) throw new NotFoundError('Alumnus');
      if (!row.email) {
        throw new AlumniError('validation_failed', 'This alumnus has no email address to invite', {
          errors: [{ field: 'email', message: 'missing' }],
        });
      }
      await this.auth.sendLink(manager, alumnusId, row.email, 'invitation');
    });
  }
}
