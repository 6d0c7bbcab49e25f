import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { offerFor } from '../access/visibility.service';
import { FullProfileDto, ProfilePreviewDto, toFullProfile, toPreview } from '../access/profile-views';
import { RecruiterPrincipal } from '../auth/principal';
import { NotFoundError } from '../common/domain-error';
import { invisible, UnlocksService } from '../credits/unlocks.service';

/**
 * Profile reads for recruiter orgs. The answer starts from the visibility decision and the org's
 * unlock (UnlocksService.read), read inside the transaction that records the view.
 */
@Injectable()
export class ProfilesService {
  constructor(
    private readonly unlocks: UnlocksService,
    private readonly access: AccessService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Preview, or the full profile when the org unlocked it and consent still allows. */
  async get(principal: RecruiterPrincipal, alumnusId: string): Promise<ProfilePreviewDto | FullProfileDto> {
    return this.dataSource.transaction(async (manager) => {
      const { seen, context } = await this.unlocks.read(manager, principal.orgId, alumnusId);
      if (seen.level === 'none') throw invisible(seen, context?.existing != null);
      if (!context) throw new NotFoundError('Profile');
      await this.access.recordAccess(principal.orgId, alumnusId, 'preview_view', manager);
      const { alumnus, existing } = context;
      const offer = offerFor(seen, context.pricing);
      return existing && seen.level === 'full' ? toFullProfile(alumnus, offer) : toPreview(alumnus, offer);
    });
  }
}
