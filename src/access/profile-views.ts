import { ApiProperty } from '@nestjs/swagger';

/**
 * What a recruiter may see of an alumnus. A preview carries no name, email, phone, company,
 * LinkedIn or bio; a full profile adds identity and bio but never email or phone,
 * which are shared only through an accepted contact request.
 */
export class ProfilePreviewDto {
  @ApiProperty({ enum: ['preview', 'full'] }) level: 'preview' | 'full';
  @ApiProperty({ format: 'uuid' }) alumnusId: string;
  @ApiProperty({ format: 'uuid' }) associationId: string;
  @ApiProperty({ type: String, nullable: true }) headline: string | null;
  @ApiProperty({ type: String, nullable: true }) industry: string | null;
  @ApiProperty({ type: String, nullable: true }) seniority: string | null;
  @ApiProperty({ type: Number, nullable: true }) yearsOfExperience: number | null;
  @ApiProperty({ type: String, nullable: true }) city: string | null;
  @ApiProperty({ type: String, nullable: true }) country: string | null;
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty({ type: [String] }) languages: string[];
  @ApiProperty({ type: String, nullable: true }) program: string | null;
  @ApiProperty({ type: String, nullable: true }) degreeLevel: string | null;
  @ApiProperty({ type: Number, nullable: true }) graduationYear: number | null;
  @ApiProperty() openToWork: boolean;
  @ApiProperty() contactable: boolean;
}

export class FullProfileDto extends ProfilePreviewDto {
  @ApiProperty({ type: String, nullable: true }) firstName: string | null;
  @ApiProperty({ type: String, nullable: true }) lastName: string | null;
  @ApiProperty({ type: String, nullable: true }) linkedinUrl: string | null;
  @ApiProperty({ type: String, nullable: true }) currentCompany: string | null;
  @ApiProperty({ type: String, nullable: true }) bio: string | null;
}

/**
 * The columns a preview is made of; search reads exactly these, the profile route an alumnus
 * entity. Structural, so that access does not depend on the alumni feature that owns the row.
 */
export interface PreviewSource {
  id: string;
  associationId: string;
  headline: string | null;
  industry: string | null;
  seniority: string | null;
  yearsOfExperience: number | null;
  city: string | null;
  country: string | null;
  skills: string[];
  languages: string[];
  program: string | null;
  degreeLevel: string | null;
  graduationYear: number | null;
  openToWork: boolean;
}

/** A preview's columns plus the identity and bio an unlock shows (never the email or phone). */
export interface FullProfileSource extends PreviewSource {
  firstName: string | null;
  lastName: string | null;
  linkedinUrl: string | null;
  currentCompany: string | null;
  bio: string | null;
}

export function toPreview(a: PreviewSource, contactable: boolean): ProfilePreviewDto {
  return {
    level: 'preview',
    alumnusId: a.id,
    associationId: a.associationId,
    headline: a.headline,
    industry: a.industry,
    seniority: a.seniority,
    yearsOfExperience: a.yearsOfExperience,
    city: a.city,
    country: a.country,
    skills: a.skills ?? [],
    languages: a.languages ?? [],
    program: a.program,
    degreeLevel: a.degreeLevel,
    graduationYear: a.graduationYear,
    openToWork: a.openToWork,
    contactable,
  };
}

export function toFullProfile(a: FullProfileSource, contactable: boolean): FullProfileDto {
  return {
    ...toPreview(a, contactable),
    level: 'full',
    firstName: a.firstName,
    lastName: a.lastName,
    linkedinUrl: a.linkedinUrl,
    currentCompany: a.currentCompany,
    bio: a.bio,
  };
}
