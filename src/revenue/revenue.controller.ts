import { Controller, Get, Param, ParseUUIDPipe, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { AssociationRevenueQueryDto, RevenueQueryDto, RevenueReportDto } from './dto/revenue.dto';
import { RevenueFormatInterceptor } from './revenue-csv';
import { RevenueService } from './revenue.service';

@ApiTags('revenue')
@Controller('v1')
@UseInterceptors(RevenueFormatInterceptor)
export class RevenueController {
  constructor(private readonly service: RevenueService) {}

  @Get('associations/:id/revenue')
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['revenue:read'] })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: RevenueReportDto, description: 'CSV (same rows) with `Accept: text/csv`.' })
  @ApiOperation({
    summary: 'Association revenue report',
    description:
      "Recognised revenue and the association's share over a period, by day, week or month, optionally grouped by org, program or graduation year. CSV with `Accept: text/csv`.",
  })
  association(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: AssociationRevenueQueryDto,
  ): Promise<RevenueReportDto> {
    return this.service.forAssociation(principal, id, query);
  }

  @Get('platform/revenue')
  @Authenticated({ kinds: ['admin'] })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: RevenueReportDto, description: 'In UTC, with breakage. CSV with `Accept: text/csv`.' })
  @ApiOperation({
    summary: 'Platform revenue report',
    description: 'Gross revenue, association shares, platform fee and breakage over a period, in UTC. CSV with `Accept: text/csv`.',
  })
  platform(@Query() query: RevenueQueryDto): Promise<RevenueReportDto> {
    return this.service.forPlatform(query);
  }
}
