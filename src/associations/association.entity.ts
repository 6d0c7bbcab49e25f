import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const RECRUITER_ACCESS = ['open', 'approval', 'closed'] as const;
export type RecruiterAccess = (typeof RECRUITER_ACCESS)[number];

@Entity({ name: 'associations' })
export class AssociationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  slug: string;

  @Column('integer', { name: 'revenue_share_bps' })
  revenueShareBps: number;

  @Column('integer', { name: 'unlock_price_credits' })
  unlockPriceCredits: number;

  @Column('integer', { name: 'contact_price_credits' })
  contactPriceCredits: number;

  @Column('text', { name: 'recruiter_access' })
  recruiterAccess: RecruiterAccess;

  @Column('text', { name: 'stripe_connect_account_id', nullable: true })
  stripeConnectAccountId: string | null;

  /** Stripe's last word on the connected account (`account.updated`); reset when the account id changes. */
  @Column('boolean', { name: 'connect_details_submitted', default: false })
  connectDetailsSubmitted: boolean;

  @Column('boolean', { name: 'connect_payouts_enabled', default: false })
  connectPayoutsEnabled: boolean;

  @Column({ type: 'timestamptz', name: 'connect_status_at', nullable: true })
  connectStatusAt: Date | null;

  @Column('text', { name: 'time_zone' })
  timeZone: string;

  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'updated_at', insert: false })
  updatedAt: Date;
}
