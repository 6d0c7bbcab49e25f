import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer } from '../database/transformers';

@Entity({ name: 'credit_packs' })
export class CreditPackEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('bigint', { transformer: bigintTransformer })
  credits: number;

  @Column('bigint', { name: 'price_minor', transformer: bigintTransformer })
  priceMinor: number;

  @Column('text')
  currency: string;

  @Column('integer', { name: 'validity_days' })
  validityDays: number;

  @Column('text', { name: 'stripe_price_id', nullable: true })
  stripePriceId: string | null;

  @Column('boolean')
  active: boolean;

  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false })
  createdAt: Date;
}
