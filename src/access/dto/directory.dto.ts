import { ApiProperty } from '@nestjs/swagger';

/**
 * Where the calling org stands with an association on the marketplace:
 * `open` (policy open: search now), `not_requested` (approval needed, no request yet), `pending`,
 * `approved`, `rejected` (it may ask again), `blocked` (the association blocked this org).
 */
export const DIRECTORY_ACCESS_STATUSES = ['open', 'not_requested', 'pending', 'approved', 'rejected', 'blocked'] as const;
export type DirectoryAccessStatus = (typeof DIRECTORY_ACCESS_STATUSES)[number];

export class DirectoryAssociationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() slug: string;
  @ApiProperty({ description: 'Alumni this org would find in search: searchable consent, not lapsed, not blocking this org.' })
  searchableAlumni: number;
  @ApiProperty({ enum: ['open', 'approval'], description: "The association's access policy (closed associations are not listed)." })
  recruiterAccess: 'open' | 'approval';
  @ApiProperty({
    enum: DIRECTORY_ACCESS_STATUSES,
    description:
      "This org's access: `open` and `approved` can search; `not_requested` and `rejected` can ask with POST /v1/associations/{id}/access-requests; `pending` waits for the association; `blocked` cannot.",
  })
  accessStatus: DirectoryAccessStatus;
}

export class DirectoryPageDto {
  @ApiProperty({ type: [DirectoryAssociationDto] }) data: DirectoryAssociationDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
