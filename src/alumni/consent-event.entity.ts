import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of the append-only consent log: read it, append through AlumniRepository; the database refuses updates. */
@Entity({ name: 'consent_events' })
export class ConsentEventEntity {
  @PrimaryColumn('bigint') id: string;
  @Column('uuid', { name: 'alumnus_id' }) alumnusId: string;
  @Column('boolean') searchable: boolean;
  @Column('boolean') unlockable: boolean;
  @Column('boolean') contactable: boolean;
  @Column('text', { name: 'terms_version', nullable: true }) termsVersion: string | null;
  @Column('text', { name: 'text_hash', nullable: true }) textHash: string | null;
  @Column('text') source: 'self_service' | 'association_import' | 'erasure';
  @Column({ type: 'timestamptz', name: 'given_at' }) givenAt: Date;
  @Column({ type: 'timestamptz', name: 'recorded_at', insert: false, update: false }) recordedAt: Date;
}
