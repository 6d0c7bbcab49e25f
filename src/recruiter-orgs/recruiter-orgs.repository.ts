import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RecruiterOrgEntity } from './recruiter-org.entity';

@Injectable()
export class RecruiterOrgsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, fields: Partial<RecruiterOrgEntity>): Promise<RecruiterOrgEntity> {
    const repo = manager.getRepository(RecruiterOrgEntity);
    const { id } = await repo.save(repo.create(fields));
    return repo.findOneByOrFail({ id });
  }

  findById(id: string): Promise<RecruiterOrgEntity | null> {
    return this.dataSource.getRepository(RecruiterOrgEntity).findOneBy({ id });
  }

  list(limit: number, after?: { createdAt: Date; id: string }): Promise<RecruiterOrgEntity[]> {
    const qb = this.dataSource
      .getRepository(RecruiterOrgEntity)
      .createQueryBuilder('o')
      .orderBy('o.created_at', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .take(limit + 1);
    if (after) qb.where('(o.created_at, o.id) > (:createdAt, :id)', after);
    return qb.getMany();
  }
}
