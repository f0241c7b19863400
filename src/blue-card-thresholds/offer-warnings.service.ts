import { Injectable } from '@nestjs/common';
import { BlueCardThresholdsService } from './blue-card-thresholds.service';
import { blueCardSalaryWarning, type OfferSalary } from './blue-card-salary';

/** What the job-offers module needs to know of an offer to warn about it. */
export interface OfferWarningFacts {
  salary: OfferSalary | null;
  visaSponsorship: boolean;
  /** ISCO-08 unit group of the offer's occupation (null for free text: the standard threshold applies). */
  iscoCode: string | null;
}

/**
 * Warnings an employer gets when saving an offer (the offer is still saved):
 * today, a sponsored offer whose salary is below the Blue Card threshold in
 * force for its occupation.
 */
@Injectable()
export class OfferWarningsService {
  constructor(private readonly thresholds: BlueCardThresholdsService) {}

  async forOffer(offer: OfferWarningFacts, now: Date = new Date()): Promise<string[]> {
    if (!offer.visaSponsorship || !offer.salary) return [];
    const today = now.toISOString().slice(0, 10);
    const warning = blueCardSalaryWarning(offer, offer.iscoCode, await this.thresholds.scoringThresholds(), today);
    return warning ? [warning] : [];
  }
}
