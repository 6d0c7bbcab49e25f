import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';
import { emptyValue, SEARCHABLE_FIELDS, SearchableType, SearchableValues } from './searchable-fields';

/** A preview's first properties, then one per searchable field (SEARCHABLE_FIELDS). */
class PreviewHead {
  @ApiProperty({ enum: ['preview', 'full'] }) level: 'preview' | 'full';
  @ApiProperty({ format: 'uuid' }) alumnusId: string;
  @ApiProperty({ format: 'uuid' }) associationId: string;
}
for (const field of SEARCHABLE_FIELDS) ApiProperty(previewProperty(field.type))(PreviewHead.prototype, field.key);
// Declaration merging types the properties the loop above declares.
interface PreviewHead extends SearchableValues {}

/**
 * What a recruiter may see of an alumnus. A preview carries no name, email, phone, company,
 * LinkedIn or bio; a full profile adds identity and bio but never email or phone,
 * which are shared only through an accepted contact request.
 */
export class ProfilePreviewDto extends PreviewHead {
  @ApiProperty() contactable: boolean;
}

function previewProperty(type: SearchableType): ApiPropertyOptions {
  switch (type) {
    case 'text':
      return { type: String, nullable: true };
    case 'text[]':
      return { type: [String] };
    case 'integer':
      return { type: Number, nullable: true };
    case 'boolean':
      return { type: Boolean };
  }
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
export interface PreviewSource extends SearchableValues {
  id: string;
  associationId: string;
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
  const preview: Record<string, unknown> = { level: 'preview', alumnusId: a.id, associationId: a.associationId };
  for (const { key, type } of SEARCHABLE_FIELDS) preview[key] = a[key] ?? emptyValue(type);
  preview.contactable = contactable;
  return preview as unknown as ProfilePreviewDto;
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
