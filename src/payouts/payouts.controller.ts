import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { PageQueryDto } from '../common/pagination';
import { PayoutPageDto } from './dto/payout-response.dto';
import { PayoutsService } from './payouts.service';

@ApiTags('payouts')
@Controller('v1/associations/:id/payouts')
export class PayoutsController {
  constructor(private readonly service: PayoutsService) {}

  @Get()
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['revenue:read'] })
  @ApiOkResponse({ type: PayoutPageDto, description: 'Newest first.' })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Query() query: PageQueryDto): Promise<PayoutPageDto> {
    return this.service.list(principal, id, query);
  }
}
