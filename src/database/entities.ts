import { AlumnusEntity } from '../alumni/alumnus.entity';
import { ConsentEventEntity } from '../alumni/consent-event.entity';
import { ApiKeyEntity } from '../api-keys/api-key.entity';
import { AssociationEntity } from '../associations/association.entity';
import { CreditPackEntity } from '../credit-packs/credit-pack.entity';
import { RecruiterOrgEntity } from '../recruiter-orgs/recruiter-org.entity';

/** Every TypeORM entity; the data source and the feature modules register from this list. */
export const ENTITIES = [
  AssociationEntity,
  RecruiterOrgEntity,
  ApiKeyEntity,
  AlumnusEntity,
  ConsentEventEntity,
  CreditPackEntity,
];
