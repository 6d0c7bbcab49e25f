import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EventsService } from '../events/events.service';
import { IMPORT_WRITERS } from './alumni-import.service';
import { AlumniRepository } from './alumni.repository';

/** Lets other features (unlocks, contact requests, search index) erase their share in the same transaction. */
export type ErasureHook = (manager: EntityManager, alumnusId: string) => Promise<void>;

/**
 * GDPR erasure. The alumni row stays as an anonymous tombstone so the
 * consent log (which holds no personal data) and financial records keep their foreign keys;
 * every personal column is cleared, the personal consent evidence is deleted, sessions are
 * revoked and magic links, queued mails, blocks and access-log entries are deleted. The
 * association's external id for the person is kept as a SHA-256 digest, and its imports refuse
 * that id from then on.
 */
@Injectable()
export class AlumniErasureService {
  private readonly hooks: ErasureHook[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alumni: AlumniRepository,
    private readonly events: EventsService,
  ) {}

  registerHook(hook: ErasureHook): void {
    this.hooks.push(hook);
  }

  /** Returns false when there is no live alumnus with this id (in this association, when given). */
  async erase(alumnusId: string, associationId?: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      // The import lanes first, then the row: the order an import batch takes them in.
      const owner = await this.alumni.associationOf(manager, alumnusId);
      if (!owner || (associationId && owner !== associationId)) return false;
      await this.alumni.lockAllImportLanes(manager, owner, IMPORT_WRITERS);
      const alumnus = await this.alumni.lockLive(manager, alumnusId, owner);
      if (!alumnus) return false;
      // Privacy rule: every org that unlocked the person is told, in this transaction.
      await this.events.recordDeletionNotices(manager, 'alumnus.erased', alumnusId);
      await this.alumni.erasePersonalData(manager, alumnusId, alumnus.email);
      for (const hook of this.hooks) await hook(manager, alumnusId);
      return true;
    });
  }
}
