import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
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
  @ApiOperation({
    summary: 'Create a credit pack',
    description: 'A pack recruiters can buy: credits, price, currency, validity in days and an optional Stripe price.',
  })
  create(@Body() dto: CreateCreditPackDto): Promise<CreditPackResponseDto> {
    return this.service.create(dto);
  }

  @Get()
  @Authenticated({ kinds: ['admin', 'recruiter'] })
  @ApiOkResponse({ type: CreditPackPageDto })
  @ApiOperation({
    summary: 'List credit packs',
    description: 'Credit packs with their credits, price, currency and validity; buy one with POST /v1/wallet/checkout-sessions.',
  })
  list(@CurrentPrincipal() principal: Principal, @Query() query: PageQueryDto): Promise<CreditPackPageDto> {
    return this.service.list(principal, query);
  }
}
