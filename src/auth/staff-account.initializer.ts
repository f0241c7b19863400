import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AuthService } from './auth.service';

/** Creates (or keeps) the first staff account from STAFF_EMAIL / STAFF_PASSWORD at start-up. */
@Injectable()
export class StaffAccountInitializer implements OnApplicationBootstrap {
  constructor(private readonly auth: AuthService) {}

  onApplicationBootstrap(): Promise<void> {
    return this.auth.ensureStaffAccount();
  }
}
