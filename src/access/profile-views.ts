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
  @ApiProperty({
    description:
      'This org may unlock the full profile: the alumnus consents to unlocks (a visible profile already passes the association ' +
      "access policy and blocks). An unlock can still be refused by the org's wallet (402 insufficient_credits, 409 wallet_frozen); " +
      'repeating an unlock is free.',
  })
  unlockable: boolean;
  @ApiProperty({ type: 'integer', description: "Credits this org's first unlock of the profile costs now (the association's price)." })
  unlockPriceCredits: number;
  @ApiProperty({
    description:
      'This org may send a contact request: the alumnus consents to contact. A request can still be refused: one open request per ' +
      "org and alumnus, the alumnus's monthly cap, the org's wallet.",
  })
  contactable: boolean;
  @ApiProperty({
    type: 'integer',
    description: "Credits a contact request holds now (the association's price): consumed if the alumnus accepts, returned otherwise.",
  })
  contactPriceCredits: number;
}

/**
 * What this org may do with a visible profile and at what price, from the same visibility
 * decision and association row the unlock and contact routes act on.
 */
export interface PreviewOffer {
  unlockable: boolean;
  unlockPriceCredits: number;
  contactable: boolean;
  contactPriceCredits: number;
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

export function toPreview(a: PreviewSource, offer: PreviewOffer): ProfilePreviewDto {
  const preview: Record<string, unknown> = { level: 'preview', alumnusId: a.id, associationId: a.associationId };
  for (const { key, type } of SEARCHABLE_FIELDS) preview[key] = a[key] ?? emptyValue(type);
  const { unlockable, unlockPriceCredits, contactable, contactPriceCredits } = offer;
  return { ...(preview as unknown as ProfilePreviewDto), unlockable, unlockPriceCredits, contactable, contactPriceCredits };
}

export function toFullProfile(a: FullProfileSource, offer: PreviewOffer): FullProfileDto {
  return {
    ...toPreview(a, offer),
    level: 'full',
    firstName: a.firstName,
    lastName: a.lastName,
    linkedinUrl: a.linkedinUrl,
    currentCompany: a.currentCompany,
    bio: a.bio,
  };
}
