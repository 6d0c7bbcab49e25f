import { ApiProperty } from '@nestjs/swagger';
import { ProfilePreviewDto } from '../../access/profile-views';

export class SearchResponseDto {
  @ApiProperty({ type: [ProfilePreviewDto], description: 'Previews only: no name, email, phone, company, LinkedIn or bio.' })
  data: ProfilePreviewDto[];

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'object', additionalProperties: { type: 'integer' } },
    description: '`{ field: { value: count } }` for each requested facet.',
  })
  facets: Record<string, Record<string, number>>;

  @ApiProperty({ description: 'Matches, counted up to 1,000.' }) estimatedTotal: number;
  @ApiProperty({ description: 'True when there are more than `estimatedTotal` matches.' }) totalCapped: boolean;
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
