import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AssociationsService } from '../associations/associations.service';
import { RecruiterOrgsService } from '../recruiter-orgs/recruiter-orgs.service';

export interface DemoKeys {
  associationSlug: string;
  associationKey: string;
  recruiterKey: string;
}

/**
 * Seeds a small demo on an empty database (no association yet): an open association and a
 * recruiter org. Returns their keys to print once, or null when the database already has data.
 */
export async function seedDemoData(app: INestApplicationContext): Promise<DemoKeys | null> {
  const dataSource = app.get(DataSource);
  const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM associations`);
  if (count > 0) return null;
  const system = { kind: 'admin', keyId: 'demo-seed', keyKind: 'adm', scopes: ['platform:admin'] } as const;
  const { association, apiKey: associationKey } = await app.get(AssociationsService).create(system, {
    name: 'Alumni Demo École',
    slug: 'demo-ecole',
    recruiterAccess: 'open',
  });
  const { apiKey: recruiterKey } = await app.get(RecruiterOrgsService).create(system, {
    name: 'Demo Talent Partners',
    emailDomain: 'demo-talent.example',
  });
  return { associationSlug: association.slug, associationKey: associationKey.secret, recruiterKey: recruiterKey.secret };
}
