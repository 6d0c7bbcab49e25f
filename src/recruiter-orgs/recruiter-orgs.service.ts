import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { Principal, RecruiterPrincipal } from '../auth/principal';
import { NotFoundError } from '../common/domain-error';
import { createdAtCursor, createdAtCursorOf, PageQueryDto, toPage } from '../common/pagination';
import { CreateRecruiterOrgDto } from './dto/create-recruiter-org.dto';
import { CreatedRecruiterOrgDto, RecruiterOrgPageDto, RecruiterOrgResponseDto } from './dto/recruiter-org-response.dto';
import { MembersService } from '../members/members.service';
import { RecruiterOrgsRepository } from './recruiter-orgs.repository';

@Injectable()
export class RecruiterOrgsService {
  constructor(
    private readonly orgs: RecruiterOrgsRepository,
    private readonly apiKeys: ApiKeysService,
    private readonly members: MembersService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Creates the org and its first key in one transaction. */
  create(principal: Principal, dto: CreateRecruiterOrgDto): Promise<CreatedRecruiterOrgDto> {
    return this.dataSource.transaction(async (manager) => {
      const org = await this.orgs.insert(manager, { name: dto.name, emailDomain: dto.emailDomain.toLowerCase() });
      const apiKey = await this.apiKeys.issue({ kind: 'rec', orgId: org.id }, { name: 'first key' }, principal, manager);
      if (dto.ownerEmail) {
        const owner = { kind: 'recruiter', orgId: org.id } as const;
        await this.members.inviteIn(manager, owner, { email: dto.ownerEmail, role: 'owner', locale: dto.ownerLocale ?? 'fr' }, principal);
      }
      return { org: RecruiterOrgResponseDto.from(org), apiKey };
    });
  }

  async list(query: PageQueryDto): Promise<RecruiterOrgPageDto> {
    const rows = await this.orgs.list(query.limit, createdAtCursor(query.cursor));
    return toPage(rows, query.limit, createdAtCursorOf, RecruiterOrgResponseDto.from);
  }

  async me(principal: RecruiterPrincipal): Promise<RecruiterOrgResponseDto> {
    const org = await this.orgs.findById(principal.orgId);
    if (!org) throw new NotFoundError('Recruiter org');
    return RecruiterOrgResponseDto.from(org);
  }
}
