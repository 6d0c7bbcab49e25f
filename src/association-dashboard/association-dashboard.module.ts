import { Module } from '@nestjs/common';
import { AlumniModule } from '../alumni/alumni.module';
import { AssociationDashboardController } from './association-dashboard.controller';
import { AssociationDashboardRepository } from './association-dashboard.repository';
import { AssociationDashboardService } from './association-dashboard.service';

@Module({
  imports: [AlumniModule],
  controllers: [AssociationDashboardController],
  providers: [AssociationDashboardRepository, AssociationDashboardService],
})
export class AssociationDashboardModule {}
