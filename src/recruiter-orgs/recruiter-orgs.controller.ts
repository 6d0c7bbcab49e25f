import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { Principal, RecruiterPrincipal } from '../auth/principal';
import { PageQueryDto } from '../common/pagination';
import { CreateRecruiterOrgDto } from './dto/create-recruiter-org.dto';
import { CreatedRecruiterOrgDto, RecruiterOrgPageDto, RecruiterOrgResponseDto } from './dto/recruiter-org-response.dto';
import { RecruiterOrgsService } from './recruiter-orgs.service';

@ApiTags('recruiter-orgs')
@Controller('v1/recruiter-orgs')
export class RecruiterOrgsController {
  constructor(private readonly service: RecruiterOrgsService) {}

  @Post()
  @Authenticated({ kinds: ['admin'] })
  @ApiCreatedResponse({ type: CreatedRecruiterOrgDto })
  @ApiOperation({
    summary: 'Create a recruiter org',
    description: 'Creates a recruiter org with its wallet and its first API key (`pas_rec_…`, shown once).',
  })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateRecruiterOrgDto): Promise<CreatedRecruiterOrgDto> {
    return this.service.create(principal, dto);
  }

  @Get()
  @Authenticated({ kinds: ['admin'] })
  @ApiOkResponse({ type: RecruiterOrgPageDto })
  @ApiOperation({
    summary: 'List recruiter orgs',
    description: 'Every recruiter org on the platform, for platform admins.',
  })
  list(@Query() query: PageQueryDto): Promise<RecruiterOrgPageDto> {
    return this.service.list(query);
  }

  @Get('me')
  @Authenticated({ kinds: ['recruiter'] })
  @ApiOkResponse({ type: RecruiterOrgResponseDto })
  @ApiOperation({
    summary: "Get the caller's org",
    description: 'The recruiter org the key or member session belongs to.',
  })
  me(@CurrentPrincipal() principal: RecruiterPrincipal): Promise<RecruiterOrgResponseDto> {
    return this.service.me(principal);
  }
}
