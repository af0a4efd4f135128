import type { OrganisationProfile } from '../../core/organisation/organisationProfile.ts';

/** The staff list a screen uses to show people by name. */
export type HandlerList = OrganisationProfile['handlers'];

/**
 * The name to show for a person recorded on a case (its handler, or who did something in the audit
 * trail): the profile's name for that id or email, the recorded value itself for someone no longer
 * in the profile, or "Unassigned" when nobody is recorded.
 *
 * @example
 * nameHandler(profile.handlers, 'sanne') // 'Sanne de Vries'
 */
export function nameHandler(handlers: HandlerList, handler: string | undefined): string {
  if (handler === undefined || handler === '') return 'Unassigned';
  return handlers.find((h) => h.id === handler || h.email === handler)?.name ?? handler;
}
