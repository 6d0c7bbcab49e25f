import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { PageQueryDto } from '../common/pagination';
import { CreditPacksService } from './credit-packs.service';
import { CreateCreditPackDto } from './dto/create-credit-pack.dto';
import { CreditPackPageDto, CreditPackResponseDto } from './dto/credit-pack-response.dto';

@ApiTags('credit-packs')
@Controller('v1/credit-packs')
export class CreditPacksController {
  constructor(private readonly service: CreditPacksService) {}

  @Post()
  @Authenticated({ kinds: ['admin'] })
  @ApiCreatedResponse({ type: CreditPackResponseDto })
  create(@Body() dto: CreateCreditPackDto): Promise<CreditPackResponseDto> {
    return this.service.create(dto);
  }

  @Get()
  @Authenticated({ kinds: ['admin', 'recruiter'] })
  @ApiOkResponse({ type: CreditPackPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() query: PageQueryDto): Promise<CreditPackPageDto> {
    return this.service.list(principal, query);
  }
}
