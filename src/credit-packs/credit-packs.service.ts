import { Injectable } from '@nestjs/common';
import { Principal } from '../auth/principal';
import { NotFoundError } from '../common/domain-error';
import { createdAtCursor, createdAtCursorOf, PageQueryDto, toPage } from '../common/pagination';
import { CreditPackEntity } from './credit-pack.entity';
import { CreditPacksRepository } from './credit-packs.repository';
import { CreateCreditPackDto } from './dto/create-credit-pack.dto';
import { CreditPackPageDto, CreditPackResponseDto } from './dto/credit-pack-response.dto';

@Injectable()
export class CreditPacksService {
  constructor(private readonly packs: CreditPacksRepository) {}

  async create(dto: CreateCreditPackDto): Promise<CreditPackResponseDto> {
    return CreditPackResponseDto.from(await this.packs.insert({ ...dto, stripePriceId: dto.stripePriceId ?? null }));
  }

  /** Recruiters see only packs on sale; the platform admin sees every pack. */
  async list(principal: Principal, query: PageQueryDto): Promise<CreditPackPageDto> {
    const rows = await this.packs.list(query.limit, createdAtCursor(query.cursor), principal.kind !== 'admin');
    return toPage(rows, query.limit, createdAtCursorOf, CreditPackResponseDto.from);
  }

  async getActive(id: string): Promise<CreditPackEntity> {
    const pack = await this.packs.findActiveById(id);
    if (!pack) throw new NotFoundError('Credit pack');
    return pack;
  }
}
