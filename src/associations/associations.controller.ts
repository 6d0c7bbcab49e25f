import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { PageQueryDto } from '../common/pagination';
import { AssociationsService } from './associations.service';
import { AssociationPageDto, AssociationResponseDto, CreatedAssociationDto } from './dto/association-response.dto';
import { CreateAssociationDto } from './dto/create-association.dto';
import { UpdateAssociationDto } from './dto/update-association.dto';

@ApiTags('associations')
@Controller('v1/associations')
export class AssociationsController {
  constructor(private readonly service: AssociationsService) {}

  @Post()
  @Authenticated({ kinds: ['admin'] })
  @ApiCreatedResponse({ type: CreatedAssociationDto })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateAssociationDto): Promise<CreatedAssociationDto> {
    return this.service.create(principal, dto);
  }

  @Get()
  @Authenticated({ kinds: ['admin'] })
  @ApiOkResponse({ type: AssociationPageDto })
  list(@Query() query: PageQueryDto): Promise<AssociationPageDto> {
    return this.service.list(query);
  }

  @Get(':id')
  @Authenticated({ kinds: ['admin', 'association'] })
  @ApiOkResponse({ type: AssociationResponseDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<AssociationResponseDto> {
    return this.service.get(principal, id);
  }

  @Patch(':id')
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['association:write'] })
  @ApiOkResponse({ type: AssociationResponseDto })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateAssociationDto,
  ): Promise<AssociationResponseDto> {
    return this.service.update(principal, id, dto);
  }
}
