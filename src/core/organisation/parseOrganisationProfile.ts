import type { OrganisationProfile } from './organisationProfile.ts';
import { parseAccessFacts } from './parseAccessFacts.ts';
import { parseProcessingSystem, readRightRecord } from './parseProcessingSystem.ts';
import { parseReplyTemplateOverrides } from './parseReplyTemplateOverrides.ts';
import { ProfileError } from './profileError.ts';
import {
  joinPath,
  readEmailAddress,
  readInteger,
  readList,
  readObject,
  readOptionalString,
  readString,
  readUrl,
  requireUniqueIds,
} from './profileFieldReaders.ts';
import { readLocalisedText } from './readLocalisedText.ts';
import { readProfileLanguages } from './readProfileLanguages.ts';

const PROFILE_FIELDS = [
  'languages', 'defaultLanguage', 'staffLanguage', 'name', 'address', 'phone', 'chamberOfCommerce', 'website',
  'newsletterNames', 'mailboxes', 'privacyContact', 'officeHours', 'privacyStatement', 'supervisoryAuthority', 'systems', 'purposes',
  'dataCategories', 'recipients', 'dataSource', 'automatedDecisions', 'targets', 'handlers', 'procedures', 'replyTemplates',
];

/**
 * A newsletter's name as the classifier's lexicon reads it: words of digits and Latin letters (accents
 * included) separated by single spaces, hyphens or apostrophes, so no character of the lexicon's
 * pattern syntax (`|`, `*`, `@`, `~`) slips in and every word is one the tokenizer reads as a word.
 */
const NEWSLETTER_NAME = /^[0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+(?:[ '-][0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+)*$/;

function readNewsletterName(value: unknown, path: string): string {
  const name = readString(value, path);
  if (!NEWSLETTER_NAME.test(name)) {
    throw new ProfileError(path, `expected words of letters and digits separated by single spaces, got "${name}"`);
  }
  return name;
}

/**
 * Checks an organisation profile read from JSON and returns a fresh, typed copy. The first problem
 * found throws a `ProfileError` whose message starts with the field path. Texts a reply quotes are
 * checked against the profile's `languages`: the default language is required in each.
 *
 * @example
 * parseOrganisationProfile(JSON.parse(text)) // OrganisationProfile
 * parseOrganisationProfile({ ...profile, systems: [] })
 * // throws ProfileError('systems: expected a non-empty list')
 */
export function parseOrganisationProfile(input: unknown): OrganisationProfile {
  const profile = readObject(input, '', PROFILE_FIELDS);
  const languages = readProfileLanguages(profile);
  const address = readObject(profile.address, 'address', ['street', 'postalCode', 'city', 'country']);
  const statement = readObject(profile.privacyStatement, 'privacyStatement', ['version', 'date', 'url']);
  const authority = readObject(profile.supervisoryAuthority, 'supervisoryAuthority', ['name', 'url']);
  const targets = readObject(profile.targets, 'targets', ['objectionDays', 'unsubscribeWorkingDays']);
  const chamberOfCommerce = readOptionalString(profile.chamberOfCommerce, 'chamberOfCommerce');
  const website = profile.website === undefined ? undefined : readUrl(profile.website, 'website');
  const statementUrl = statement.url === undefined ? undefined : readUrl(statement.url, 'privacyStatement.url');
  const statementDate = readString(statement.date, 'privacyStatement.date');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(statementDate)) {
    throw new ProfileError('privacyStatement.date', `expected a date as YYYY-MM-DD, got "${statementDate}"`);
  }
  const systems = readList(profile.systems, 'systems', (value, path) => parseProcessingSystem(value, path, languages));
  requireUniqueIds(systems, 'systems');
  const handlers = readList(profile.handlers, 'handlers', (value, path) => {
    const handler = readObject(value, path, ['id', 'name', 'email']);
    return {
      id: readString(handler.id, joinPath(path, 'id')),
      name: readString(handler.name, joinPath(path, 'name')),
      email: readEmailAddress(handler.email, joinPath(path, 'email')),
    };
  });
  requireUniqueIds(handlers, 'handlers');
  return {
    ...languages,
    name: readString(profile.name, 'name'),
    address: {
      street: readString(address.street, 'address.street'),
      postalCode: readString(address.postalCode, 'address.postalCode'),
      city: readString(address.city, 'address.city'),
      country: readString(address.country, 'address.country'),
    },
    phone: readString(profile.phone, 'phone'),
    ...(chamberOfCommerce === undefined ? {} : { chamberOfCommerce }),
    ...(website === undefined ? {} : { website }),
    ...(profile.newsletterNames === undefined
      ? {}
      : { newsletterNames: readList(profile.newsletterNames, 'newsletterNames', readNewsletterName) }),
    mailboxes: readList(profile.mailboxes, 'mailboxes', readEmailAddress),
    privacyContact: readEmailAddress(profile.privacyContact, 'privacyContact'),
    officeHours: readLocalisedText(profile.officeHours, 'officeHours', languages),
    privacyStatement: {
      version: readString(statement.version, 'privacyStatement.version'),
      date: statementDate,
      ...(statementUrl === undefined ? {} : { url: statementUrl }),
    },
    supervisoryAuthority: {
      name: readString(authority.name, 'supervisoryAuthority.name'),
      url: readUrl(authority.url, 'supervisoryAuthority.url'),
    },
    systems,
    ...parseAccessFacts(profile, languages),
    // Own targets must sit inside the legal month, which is never shorter than 28 days.
    targets: {
      objectionDays: readInteger(targets.objectionDays, 'targets.objectionDays', 0, 28),
      unsubscribeWorkingDays: readInteger(targets.unsubscribeWorkingDays, 'targets.unsubscribeWorkingDays', 0, 10),
    },
    handlers,
    ...(profile.procedures === undefined
      ? {}
      : { procedures: readRightRecord(profile.procedures, 'procedures', (steps, path) => readList(steps, path, readString)) }),
    ...(profile.replyTemplates === undefined
      ? {}
      : { replyTemplates: parseReplyTemplateOverrides(profile.replyTemplates, 'replyTemplates') }),
  };
}
