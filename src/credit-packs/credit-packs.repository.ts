import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CreditPackEntity } from './credit-pack.entity';

@Injectable()
export class CreditPacksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(fields: Partial<CreditPackEntity>): Promise<CreditPackEntity> {
    const repo = this.dataSource.getRepository(CreditPackEntity);
    const { id } = await repo.save(repo.create(fields));
    return repo.findOneByOrFail({ id });
  }

  findActiveById(id: string, manager: EntityManager = this.dataSource.manager): Promise<CreditPackEntity | null> {
    return manager.getRepository(CreditPackEntity).findOneBy({ id, active: true });
  }

  list(limit: number, after?: { createdAt: Date; id: string }, onlyActive = false): Promise<CreditPackEntity[]> {
    const qb = this.dataSource
      .getRepository(CreditPackEntity)
      .createQueryBuilder('p')
      .orderBy('p.created_at', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .take(limit + 1);
    if (after) qb.andWhere('(p.created_at, p.id) > (:createdAt, :id)', after);
    if (onlyActive) qb.andWhere('p.active');
    return qb.getMany();
  }
}
