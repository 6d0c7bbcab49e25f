import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { PageQueryDto } from '../common/pagination';
import { ConnectOnboardingService } from './connect-onboarding.service';
import { PayoutPageDto } from './dto/payout-response.dto';
import { ConnectAccountLinkDto, PayoutSummaryDto } from './dto/payout-summary.dto';
import { PayoutsService } from './payouts.service';
import { ApiProblems } from '../common/api-problems.decorator';

@ApiTags('payouts')
@Controller('v1/associations/:id')
export class PayoutsController {
  constructor(
    private readonly service: PayoutsService,
    private readonly onboarding: ConnectOnboardingService,
  ) {}

  @Get('payouts')
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['revenue:read'] })
  @ApiOkResponse({ type: PayoutPageDto, description: 'Newest first.' })
  @ApiOperation({
    summary: 'List payouts',
    description: "Transfers of the association's share to its Stripe connected account, newest first.",
  })
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQueryDto,
  ): Promise<PayoutPageDto> {
    return this.service.list(principal, id, query);
  }

  @Get('payouts/summary')
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['revenue:read'] })
  @ApiOkResponse({ type: PayoutSummaryDto })
  @ApiOperation({
    summary: 'Payout summary',
    description: "Payable balance, the current month's accrued share and upcoming payout, and the Stripe Connect status.",
  })
  summary(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<PayoutSummaryDto> {
    return this.service.summary(principal, id);
  }

  @Post('connect/account-links')
  @HttpCode(201)
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['payouts:manage'] })
  @ApiOperation({
    summary: 'Start or resume Stripe Connect onboarding',
    description:
      "Creates the association's Express connected account on first use, then a fresh single-use Account Link whose return and refresh URLs lead back to the dashboard's payouts page. Payouts start once Stripe reports the account with payouts enabled (`account.updated`).",
  })
  @ApiCreatedResponse({ type: ConnectAccountLinkDto })
  @ApiProblems('payments_not_configured', 'payment_provider_error')
  createAccountLink(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ConnectAccountLinkDto> {
    return this.onboarding.createAccountLink(principal, id);
  }
}
