import { CreateFoundationTables1764100000000 } from './1764100000000-CreateFoundationTables';
import { CreateRateLimitCounters1764150000000 } from './1764150000000-CreateRateLimitCounters';
import { CreateAlumniAndConsentTables1764200000000 } from './1764200000000-CreateAlumniAndConsentTables';
import { CreateAccessPolicyTables1764200001000 } from './1764200001000-CreateAccessPolicyTables';
import { CreateMailOutbox1764200002000 } from './1764200002000-CreateMailOutbox';
import { CreateCreditTables1764300000000 } from './1764300000000-CreateCreditTables';
import { CreateUnlocks1764350000000 } from './1764350000000-CreateUnlocks';
import { CreateSearchTables1764400000000 } from './1764400000000-CreateSearchTables';
import { CreateSearchImpressions1764450000000 } from './1764450000000-CreateSearchImpressions';
import { CreateContactRequests1764500000000 } from './1764500000000-CreateContactRequests';
import { CreatePayouts1764500001000 } from './1764500001000-CreatePayouts';
import { CreateRevenueDaily1764600000000 } from './1764600000000-CreateRevenueDaily';
import { CreateSpendFunctions1764700000000 } from './1764700000000-CreateSpendFunctions';
import { CreditLotsHotUpdates1764750000000 } from './1764750000000-CreditLotsHotUpdates';
import { DropRedundantRevenueIndexes1764760000000 } from './1764760000000-DropRedundantRevenueIndexes';
import { CreateUnlockBatchFunction1764800000000 } from './1764800000000-CreateUnlockBatchFunction';
import { SetBasedUnlockCharges1764850000000 } from './1764850000000-SetBasedUnlockCharges';
import { CreateErasedExternalIds1764900000000 } from './1764900000000-CreateErasedExternalIds';
import { UnlockIdsFromCaller1765000000000 } from './1765000000000-UnlockIdsFromCaller';
import { RevenueDeltasByQuarterHour1765100000000 } from './1765100000000-RevenueDeltasByQuarterHour';
import { CreatePeopleSessions1766100000000 } from './1766100000000-CreatePeopleSessions';
import { AddConnectAccountStatus1766200000000 } from './1766200000000-AddConnectAccountStatus';
import { IndexRecruiterActivityByAssociation1766200001000 } from './1766200001000-IndexRecruiterActivityByAssociation';
import { CreateEventsAndWebhooks1766300000000 } from './1766300000000-CreateEventsAndWebhooks';
import { CreatePendingRebuilds1766400000000 } from './1766400000000-CreatePendingRebuilds';

/** Every migration, oldest first. TypeORM records each one it applies in `migrations`. */
export const MIGRATIONS = [
  CreateFoundationTables1764100000000,
  CreateRateLimitCounters1764150000000,
  CreateAlumniAndConsentTables1764200000000,
  CreateAccessPolicyTables1764200001000,
  CreateMailOutbox1764200002000,
  CreateCreditTables1764300000000,
  CreateUnlocks1764350000000,
  CreateSearchTables1764400000000,
  CreateSearchImpressions1764450000000,
  CreateContactRequests1764500000000,
  CreatePayouts1764500001000,
  CreateRevenueDaily1764600000000,
  CreateSpendFunctions1764700000000,
  CreditLotsHotUpdates1764750000000,
  DropRedundantRevenueIndexes1764760000000,
  CreateUnlockBatchFunction1764800000000,
  SetBasedUnlockCharges1764850000000,
  CreateErasedExternalIds1764900000000,
  UnlockIdsFromCaller1765000000000,
  RevenueDeltasByQuarterHour1765100000000,
  CreatePeopleSessions1766100000000,
  AddConnectAccountStatus1766200000000,
  IndexRecruiterActivityByAssociation1766200001000,
  CreateEventsAndWebhooks1766300000000,
  CreatePendingRebuilds1766400000000,
];
