import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { WalletService } from './wallet.service';

/**
 * Sweeps expired lots into breakage every LOT_EXPIRY_INTERVAL_SECONDS (0 disables it). Each
 * spend also sweeps its own wallet first, so the job only keeps idle wallets and revenue reports
 * current; running it in several processes at once is safe (each sweep locks its wallet).
 */
@Injectable()
export class LotExpiryScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(LotExpiryScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly config: AppConfig,
    private readonly wallet: WalletService,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.lotExpiryIntervalSeconds;
    if (seconds === 0) return;
    this.timer = setInterval(() => void this.tick(), seconds * 1000);
    this.timer.unref();
  }

  // Before the pool closes (TypeORM closes it in onApplicationShutdown), a running expiry finishes.
  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.wallet
      .expireAllLots()
      .then((credits) => credits > 0 && this.logger.log(`expired ${credits} credit(s)`))
      .catch((error) => this.logger.error(`lot expiry failed: ${error}`))
      .finally(() => (this.running = undefined));
    await this.running;
  }
}
