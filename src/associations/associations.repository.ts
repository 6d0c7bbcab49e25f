import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AssociationEntity } from './association.entity';

@Injectable()
export class AssociationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, fields: Partial<AssociationEntity>): Promise<AssociationEntity> {
    const repo = manager.getRepository(AssociationEntity);
    const { id } = await repo.save(repo.create(fields));
    return repo.findOneByOrFail({ id });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<AssociationEntity | null> {
    return manager.getRepository(AssociationEntity).findOneBy({ id });
  }

  /**
   * Locks the row for the rest of the transaction (policy and price changes serialise here).
   * FOR NO KEY UPDATE, not FOR UPDATE: the foreign-key checks of the association's spends (unlock
   * and revenue rows) take FOR KEY SHARE on this row, which FOR UPDATE would make wait for the
   * whole change, time-zone rebuild included.
   */
  lockById(manager: EntityManager, id: string): Promise<AssociationEntity | null> {
    return manager.getRepository(AssociationEntity).findOne({ where: { id }, lock: { mode: 'for_no_key_update' } });
  }

  async update(manager: EntityManager, id: string, fields: Partial<AssociationEntity>): Promise<AssociationEntity> {
    const repo = manager.getRepository(AssociationEntity);
    // Another connected account's status is unknown until Stripe reports on it (account.updated).
    const connectReset =
      fields.stripeConnectAccountId !== undefined
        ? { connectDetailsSubmitted: false, connectPayoutsEnabled: false, connectStatusAt: null }
        : {};
    await repo.update({ id }, { ...fields, ...connectReset, updatedAt: () => 'now()' } as never);
    return repo.findOneByOrFail({ id });
  }

  list(limit: number, after?: { createdAt: Date; id: string }): Promise<AssociationEntity[]> {
    const qb = this.dataSource
      .getRepository(AssociationEntity)
      .createQueryBuilder('a')
      .orderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .take(limit + 1);
    if (after) qb.where('(a.created_at, a.id) > (:createdAt, :id)', after);
    return qb.getMany();
  }
}
