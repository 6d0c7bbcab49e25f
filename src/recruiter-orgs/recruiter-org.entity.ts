import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ORG_STATUSES = ['active', 'suspended'] as const;
export type OrgStatus = (typeof ORG_STATUSES)[number];

@Entity({ name: 'recruiter_orgs' })
export class RecruiterOrgEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text', { name: 'email_domain' })
  emailDomain: string;

  @Column('text')
  status: OrgStatus;

  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'updated_at', insert: false })
  updatedAt: Date;
}
