import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { Principal, RecruiterPrincipal } from '../auth/principal';
import { IdempotencyKey } from '../idempotency/idempotency-key.decorator';
import { PageQueryDto } from '../common/pagination';
import { CreateCreditGrantDto } from './dto/create-credit-grant.dto';
import { CreditGrantResponseDto, LedgerPageDto, WalletResponseDto } from './dto/wallet-response.dto';
import { WalletHttpService } from './wallet-http.service';
import { ApiProblems } from '../common/api-problems.decorator';

@ApiTags('wallet')
@Controller('v1/wallet')
export class WalletController {
  constructor(private readonly service: WalletHttpService) {}

  @Get()
  @Authenticated({ kinds: ['recruiter'], scopes: ['credits:read'] })
  @ApiOkResponse({ type: WalletResponseDto })
  @ApiOperation({
    summary: 'Get the wallet',
    description:
      'Available and held credits, and the lots they come from with their expiry. Spending draws the soonest-expiring lot first.',
  })
  get(@CurrentPrincipal() principal: RecruiterPrincipal): Promise<WalletResponseDto> {
    return this.service.get(principal);
  }

  @Get('ledger')
  @Authenticated({ kinds: ['recruiter'], scopes: ['credits:read'] })
  @ApiOkResponse({ type: LedgerPageDto, description: 'Newest entries first.' })
  @ApiOperation({
    summary: 'Read the wallet ledger',
    description:
      'Every credit movement of the org (grant, purchase, spend, hold, release, consume_held, expire, refund), newest first. The balance always equals the sum of the entries.',
  })
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
  @ApiOperation({
    summary: 'Grant credits to an org',
    description: "Adds a lot of credits to an org's wallet (manual sale, goodwill), with what was paid for it so revenue stays exact.",
  })
  @ApiProblems('not_found')
  create(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) orgId: string,
    @Body() dto: CreateCreditGrantDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ): Promise<CreditGrantResponseDto> {
    return this.service.grant(principal, orgId, dto, idempotencyKey);
  }
}
