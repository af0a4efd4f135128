import { parseInstant } from '../calendar/parseInstant.ts';
import { CaseOpeningError } from './caseOpeningError.ts';

export interface OpeningInstants {
  /** Our receipt of the request, as a normalised UTC instant. */
  receivedAt: string;
  /** The moment of opening. */
  openedAt: string;
  /** As processor: the business customer's receipt, from which the legal deadline counts. */
  controllerReceivedAt?: string;
}

const toUtc = (instant: string): string => new Date(parseInstant(instant)).toISOString();

/**
 * Reads and checks the instants a case is opened with. A customer's receipt (we act as processor)
 * cannot lie after our own receipt, since they forwarded the request to us, nor after the moment
 * of opening; either would shift the legal deadline later than the law allows.
 * Throws `InvalidInstantError` for an instant without a zone and `CaseOpeningError` otherwise.
 *
 * @example
 * readOpeningInstants({ receivedAt: '2026-01-31T00:30:00+01:00', now: '2026-02-02T08:15:00Z' })
 * // { receivedAt: '2026-01-30T23:30:00.000Z', openedAt: '2026-02-02T08:15:00.000Z' }
 */
export function readOpeningInstants(instants: { receivedAt: string; now: string; controllerReceivedAt?: string }): OpeningInstants {
  const receivedAt = toUtc(instants.receivedAt);
  const openedAt = toUtc(instants.now);
  if (instants.controllerReceivedAt === undefined) return { receivedAt, openedAt };
  const controllerReceivedAt = toUtc(instants.controllerReceivedAt);
  if (controllerReceivedAt > receivedAt) {
    throw new CaseOpeningError(
      `The customer's receipt (${controllerReceivedAt}) lies after our own receipt (${receivedAt}). ` +
        'Enter when the customer received the request; it cannot be later than when they forwarded it to us.',
    );
  }
  if (controllerReceivedAt > openedAt) {
    throw new CaseOpeningError(
      `The customer's receipt (${controllerReceivedAt}) lies in the future. Check the date and time zone and enter when the customer received the request.`,
    );
  }
  return { receivedAt, openedAt, controllerReceivedAt };
}
