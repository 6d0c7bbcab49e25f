import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { RecruiterPrincipal } from '../auth/principal';
import { PageQueryDto } from '../common/pagination';
import { AccessService } from './access.service';
import { DirectoryPageDto } from './dto/directory.dto';

@ApiTags('access')
@Controller('v1/associations')
export class AssociationDirectoryController {
  constructor(private readonly service: AccessService) {}

  /** The marketplace for a recruiter org; ask for access with POST /v1/associations/{id}/access-requests. */
  @Get('directory')
  @Authenticated({ kinds: ['recruiter'], scopes: ['search:read'] })
  @ApiOkResponse({ type: DirectoryPageDto })
  @ApiOperation({
    summary: 'List the associations on the marketplace',
    description:
      "Associations this org could search, with name, searchable alumni count, access policy and this org's access status. Ask for access with POST /v1/associations/{id}/access-requests.",
  })
  directory(@CurrentPrincipal() principal: RecruiterPrincipal, @Query() query: PageQueryDto): Promise<DirectoryPageDto> {
    return this.service.directory(principal, query);
  }
}
