import { ApiProperty } from '@nestjs/swagger';

export class ConnectStatusDto {
  @ApiProperty({ type: String, nullable: true, description: 'The Stripe connected account, once onboarding started.' })
  accountId: string | null;
  @ApiProperty({
    enum: ['not_started', 'details_missing', 'pending', 'enabled'],
    description:
      '`not_started`: no connected account; `details_missing`: onboarding not finished; `pending`: details submitted, Stripe has not enabled payouts yet; `enabled`: payouts run.',
  })
  status: 'not_started' | 'details_missing' | 'pending' | 'enabled';
  @ApiProperty() detailsSubmitted: boolean;
  @ApiProperty() payoutsEnabled: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When Stripe reported this status (event time).' })
  updatedAt: string | null;
}

export class PayoutAmountDto {
  @ApiProperty({ example: 'eur' }) currency: string;
  @ApiProperty({ description: 'Minor units.' }) amountMinor: number;
}

export class UpcomingPayoutDto {
  @ApiProperty({ example: '2026-03', description: "Calendar month in the association's time zone." }) period: string;
  @ApiProperty() currency: string;
  @ApiProperty({
    description: "Minor units: the share accrued so far minus the reserve, plus the previous period's reserve; grows until the month ends.",
  })
  estimatedAmountMinor: number;
  @ApiProperty({ example: '2026-04-01', description: 'First day the payout job may pay this period (local date).' }) payableFrom: string;
}

export class PayoutSummaryDto {
  @ApiProperty({ example: 'Europe/Paris' }) timeZone: string;
  @ApiProperty({ example: '2026-03', description: "The current month, in the association's time zone." }) currentPeriod: string;
  @ApiProperty({ type: ConnectStatusDto }) connect: ConnectStatusDto;
  @ApiProperty({
    type: [PayoutAmountDto],
    description: 'Per currency: association shares recognised so far minus every payout already created (paid or still to send).',
  })
  payableBalance: PayoutAmountDto[];
  @ApiProperty({ type: [PayoutAmountDto], description: "Per currency: the association's share recognised since the current month began." })
  accruedThisPeriod: PayoutAmountDto[];
  @ApiProperty({ type: [PayoutAmountDto], description: 'Per currency: payouts created but not yet paid (pending or failed, to retry).' })
  unpaid: PayoutAmountDto[];
  @ApiProperty({ type: [PayoutAmountDto], description: 'Per currency: everything paid out so far.' })
  paidOut: PayoutAmountDto[];
  @ApiProperty({ type: [UpcomingPayoutDto], description: "The current month's payout as it stands now, one per currency." })
  upcoming: UpcomingPayoutDto[];
}

export class ConnectAccountLinkDto {
  @ApiProperty({ example: 'acct_1Nv0FGQ9RKHgCVdK' }) accountId: string;
  @ApiProperty({ description: 'Stripe-hosted onboarding page; single use, short-lived. Redirect the owner there.' }) url: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ description: 'Where Stripe sends the owner back when onboarding is left or finished.' }) returnUrl: string;
  @ApiProperty({ description: 'Where Stripe sends the owner when the link expired; ask for a new link from there.' }) refreshUrl: string;
}
