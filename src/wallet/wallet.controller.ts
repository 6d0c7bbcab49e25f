import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { Principal, RecruiterPrincipal } from '../auth/principal';
import { IdempotencyKey } from '../idempotency/idempotency-key.decorator';
import { PageQueryDto } from '../common/pagination';
import { CreateCreditGrantDto } from './dto/create-credit-grant.dto';
import { CreditGrantResponseDto, LedgerPageDto, WalletResponseDto } from './dto/wallet-response.dto';
import { WalletHttpService } from './wallet-http.service';

@ApiTags('wallet')
@Controller('v1/wallet')
export class WalletController {
  constructor(private readonly service: WalletHttpService) {}

  @Get()
  @Authenticated({ kinds: ['recruiter'], scopes: ['credits:read'] })
  @ApiOkResponse({ type: WalletResponseDto })
  get(@CurrentPrincipal() principal: RecruiterPrincipal): Promise<WalletResponseDto> {
    return this.service.get(principal);
  }

  @Get('ledger')
  @Authenticated({ kinds: ['recruiter'], scopes: ['credits:read'] })
  @ApiOkResponse({ type: LedgerPageDto, description: 'Newest entries first.' })
  ledger(@CurrentPrincipal() principal: RecruiterPrincipal, @Query() query: PageQueryDto): Promise<LedgerPageDto> {
    return this.service.ledger(principal, query);
  }
}

@ApiTags('wallet')
@Controller('v1/recruiter-orgs/:id/credit-grants')
export class CreditGrantsController {
  constructor(private readonly service: WalletHttpService) {}

  @Post()
  @Authenticated({ kinds: ['admin'] })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Replays the first response for the same key and body.' })
  @ApiCreatedResponse({ type: CreditGrantResponseDto })
  create(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) orgId: string,
    @Body() dto: CreateCreditGrantDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ): Promise<CreditGrantResponseDto> {
    return this.service.grant(principal, orgId, dto, idempotencyKey);
  }
}
