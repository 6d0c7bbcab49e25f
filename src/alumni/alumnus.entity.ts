import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The `alumni` table, for features that prefer TypeORM to the raw SQL of AlumniRepository.
 * Consent columns are a cache maintained by the consent-log trigger: never write them here.
 */
@Entity({ name: 'alumni' })
export class AlumnusEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'association_id' }) associationId: string;
  @Column('text', { name: 'external_id', nullable: true }) externalId: string | null;
  @Column('text', { name: 'first_name', nullable: true }) firstName: string | null;
  @Column('text', { name: 'last_name', nullable: true }) lastName: string | null;
  @Column('text', { nullable: true }) email: string | null;
  @Column('text', { nullable: true }) phone: string | null;
  @Column('text', { name: 'linkedin_url', nullable: true }) linkedinUrl: string | null;
  @Column('text', { name: 'current_company', nullable: true }) currentCompany: string | null;
  @Column('text', { nullable: true }) headline: string | null;
  @Column('text', { nullable: true }) industry: string | null;
  @Column('text', { nullable: true }) seniority: string | null;
  @Column('integer', { name: 'years_of_experience', nullable: true }) yearsOfExperience: number | null;
  @Column('text', { nullable: true }) city: string | null;
  @Column('text', { nullable: true }) country: string | null;
  @Column('text', { array: true }) skills: string[];
  @Column('text', { array: true }) languages: string[];
  @Column('text', { nullable: true }) program: string | null;
  @Column('text', { name: 'degree_level', nullable: true }) degreeLevel: string | null;
  @Column('integer', { name: 'graduation_year', nullable: true }) graduationYear: number | null;
  @Column('text', { nullable: true }) bio: string | null;
  @Column('boolean', { name: 'open_to_work' }) openToWork: boolean;
  @Column({ type: 'timestamptz', name: 'last_confirmed_at', nullable: true }) lastConfirmedAt: Date | null;
  @Column({ type: 'boolean', name: 'consent_searchable', insert: false, update: false }) consentSearchable: boolean;
  @Column({ type: 'boolean', name: 'consent_unlockable', insert: false, update: false }) consentUnlockable: boolean;
  @Column({ type: 'boolean', name: 'consent_contactable', insert: false, update: false }) consentContactable: boolean;
  @Column({ type: 'timestamptz', name: 'consent_given_at', nullable: true, insert: false, update: false }) consentGivenAt: Date | null;
  @Column({ type: 'timestamptz', name: 'erased_at', nullable: true }) erasedAt: Date | null;
  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false }) createdAt: Date;
  @Column({ type: 'timestamptz', name: 'updated_at', insert: false }) updatedAt: Date;
}
