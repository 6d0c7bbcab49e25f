import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { PageQueryDto } from '../common/pagination';
import { AssociationsService } from './associations.service';
import { AssociationPageDto, AssociationResponseDto, CreatedAssociationDto } from './dto/association-response.dto';
import { CreateAssociationDto } from './dto/create-association.dto';
import { UpdateAssociationDto } from './dto/update-association.dto';
import { ApiProblems } from '../common/api-problems.decorator';

@ApiTags('associations')
@Controller('v1/associations')
export class AssociationsController {
  constructor(private readonly service: AssociationsService) {}

  @Post()
  @Authenticated({ kinds: ['admin'] })
  @ApiCreatedResponse({ type: CreatedAssociationDto })
  @ApiOperation({
    summary: 'Create an association',
    description:
      'Creates an association with its pricing, revenue share and access policy, and its first admin key (`pas_asc_…`, shown once).',
  })
  @ApiProblems('slug_taken')
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateAssociationDto): Promise<CreatedAssociationDto> {
    return this.service.create(principal, dto);
  }

  @Get()
  @Authenticated({ kinds: ['admin'] })
  @ApiOkResponse({ type: AssociationPageDto })
  @ApiOperation({
    summary: 'List associations',
    description: 'Every association on the platform, for platform admins.',
  })
  list(@Query() query: PageQueryDto): Promise<AssociationPageDto> {
    return this.service.list(query);
  }

  @Get(':id')
  @Authenticated({ kinds: ['admin', 'association'] })
  @ApiOkResponse({ type: AssociationResponseDto })
  @ApiOperation({
    summary: 'Get an association',
    description:
      "The association's settings: pricing in credits, revenue share, recruiter access policy and Stripe Connect account. An association key reads only its own.",
  })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<AssociationResponseDto> {
    return this.service.get(principal, id);
  }

  @Patch(':id')
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['association:write'] })
  @ApiOkResponse({ type: AssociationResponseDto })
  @ApiOperation({
    summary: 'Update an association',
    description:
      'Changes pricing, access policy, name or slug. The revenue share and the Stripe account can only be changed by a platform admin.',
  })
  @ApiProblems('admin_only_field', 'slug_taken')
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateAssociationDto,
  ): Promise<AssociationResponseDto> {
    return this.service.update(principal, id, dto);
  }
}
