import { localiseText } from '../organisation/localiseText.ts';
import type { LocalisedText } from '../organisation/organisationProfile.ts';
import { RIGHT_LABELS } from '../rights/rightLabel.ts';
import { renderReply } from './renderReply.ts';
import { ReplyError } from './replyError.ts';
import { REPLY_LANGUAGES } from './replyLanguagePack.ts';
import { REPLY_TEMPLATE_IDS, type ReplyTemplateId } from './replyTemplateId.ts';
import { buildTestCase, buildTestContext, buildTestProfile } from './replyFixtures.test-support.ts';
import type { ReplyContext } from './replyContext.ts';

const TAG = /<\/?[a-z][^<>]*>/i;

/** Inputs every template accepts, so each one renders. */
const ALL_INPUTS = {
  extensionReasons: 'Your request covers ten years of mail.',
  refusalReasons: 'The request is manifestly unfounded.',
  corrections: ['phone number'],
  identityProof: ['id_copy'],
} as const;

function render(templateId: ReplyTemplateId, changes: Partial<ReplyContext> = {}) {
  return renderReply(templateId, buildTestContext({ inputs: ALL_INPUTS, ...changes }));
}

function captureError(run: () => unknown): ReplyError {
  try {
    run();
  } catch (error) {
    if (error instanceof ReplyError) return error;
    throw error;
  }
  throw new Error('expected a ReplyError');
}

/** A breach report on its own invokes no right, so it is never acknowledged with an answer date, extended or refused. */
const NOT_FOR_BREACH_REPORTS: readonly ReplyTemplateId[] = ['acknowledgement', 'extension', 'refusal'];

describe('renderReply for every template, right and language', () => {
  for (const templateId of REPLY_TEMPLATE_IDS) {
    for (const language of REPLY_LANGUAGES) {
      for (const right of RIGHT_LABELS) {
        if (right === 'breach_report' && NOT_FOR_BREACH_REPORTS.includes(templateId)) {
          it(`refuses ${templateId} in ${language} for a case that only reports a breach, pointing to the breach report reply`, () => {
            const error = captureError(() => render(templateId, { privacyCase: buildTestCase({ rightsInvoked: [right], language }) }));
            expect(['wrong_template', 'extension_not_allowed']).toContain(error.code);
            expect(error.message).toContain('breach report');
          });
          continue;
        }
        it(`renders ${templateId} in ${language} for a ${right} case with every placeholder filled`, () => {
          const privacyCase = buildTestCase({ rightsInvoked: [right], language });
          const reply = render(templateId, { privacyCase });
          expect(reply.language).toBe(language);
          expect(reply.subject).toContain('AVG-2026-0007');
          expect(`${reply.subject}${reply.html}${reply.text}`).not.toContain('{{');
          expect(reply.text).not.toMatch(TAG);
          expect(reply.html).toContain('Anna de Vries');
          expect(reply.text).toContain('Quality Networks BV');
        });
      }
    }
  }
});

describe('legally required parts', () => {
  it('writes the legal deadline in the language of the reply: "24 december 2026" / "24 December 2026"', () => {
    expect(render('acknowledgement').text).toContain('uiterlijk op 24 december 2026');
    expect(render('acknowledgement', { language: 'en' }).text).toContain('at the latest on 24 December 2026');
  });

  it('names the rights invoked, joined with "en" / "and"', () => {
    const privacyCase = buildTestCase({ rightsInvoked: ['access', 'erasure'] });
    expect(render('acknowledgement', { privacyCase }).text).toContain('(art. 15 AVG) en het recht op wissen');
    expect(render('acknowledgement', { privacyCase, language: 'en' }).text).toContain('(Art. 15 GDPR) and the right to erasure');
  });

  for (const language of REPLY_LANGUAGES) {
    it(`refusal (${language}) gives the reasons, a link to the Autoriteit Persoonsgegevens and the court (Art. 12(4))`, () => {
      const reply = render('refusal', { language });
      expect(reply.html).toContain('<a href="https://autoriteitpersoonsgegevens.nl">autoriteitpersoonsgegevens.nl</a>');
      expect(reply.text).toContain('https://autoriteitpersoonsgegevens.nl');
      expect(reply.text).toContain(ALL_INPUTS.refusalReasons);
      expect(reply.text).toMatch(/12\(4\)|12 lid 4/);
      expect(reply.text).toMatch(language === 'nl' ? /naar de rechter/ : /go to court/);
    });

    it(`access (${language}) gives Art. 15(1)(a)–(h) from the profile, every system with what it holds and how long`, () => {
      const profile = buildTestProfile();
      const inLanguage = (text: LocalisedText) => localiseText(text, language, profile);
      const reply = render('completion_access', { language });
      for (const item of ['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)', '(h)']) expect(reply.text).toContain(item);
      for (const system of profile.systems) {
        expect(reply.text).toContain(`- ${inLanguage(system.name)} – ${inLanguage(system.holds)}: ${inLanguage(system.retention)}`);
      }
      for (const purpose of profile.purposes) expect(reply.text).toContain(`- ${inLanguage(purpose.description)} – `);
      for (const category of profile.dataCategories) expect(reply.text).toContain(`- ${inLanguage(category)}`);
      for (const recipient of profile.recipients) expect(reply.text).toContain(`- ${inLanguage(recipient)}`);
      expect(reply.text).toContain(inLanguage(profile.dataSource));
      expect(reply.text).toContain(inLanguage(profile.automatedDecisions));
      expect(reply.text).toContain(language === 'nl' ? 'grondslag: de uitvoering van een overeenkomst (art. 6 lid 1 onder b AVG)' : 'legal basis: the performance of a contract (Art. 6(1)(b) GDPR)');
      expect(reply.html).toContain('href="https://autoriteitpersoonsgegevens.nl"');
    });

    it(`erasure (${language}) tells the requester about the fiscal retention exception (AWR art. 52)`, () => {
      const reply = render('completion_erasure', { language });
      expect(reply.text).toContain(
        language === 'nl'
          ? '- Moneybird (facturatie): facturen bewaren wij 7 jaar volgens de belastingwet (AWR art. 52)'
          : '- Moneybird (invoicing): invoices are kept for 7 years under fiscal law (AWR art. 52)',
      );
      expect(reply.text).toContain(language === 'nl' ? '- Topdesk (servicedesk)' : '- Topdesk (service desk)');
      expect(reply.text).not.toMatch(/^- Moneybird[^:]*$/m);
    });

    it(`identity check (${language}) advises blacking out photo and BSN when an ID copy is asked for`, () => {
      const reply = render('identity_check', { language });
      expect(reply.text).toContain('BSN');
      expect(reply.text).toContain('Autoriteit Persoonsgegevens');
      expect(reply.text).toMatch(language === 'nl' ? /pasfoto/ : /photo/);
    });

    it(`extension (${language}) gives the reasons and the new date, three months from receipt`, () => {
      const reply = render('extension', { language, today: '2026-12-24' });
      expect(reply.text).toContain(ALL_INPUTS.extensionReasons);
      expect(reply.text).toContain(language === 'nl' ? '24 februari 2027' : '24 February 2027');
    });
  }

  it('access lets staff replace the profile\'s purposes, source and automated-decision texts for one reply', () => {
    const inputs = { purposes: 'Alleen voor de garantieafhandeling.', dataSource: 'Van uw werkgever.', automatedDecisions: 'Geen.' };
    const reply = render('completion_access', { inputs });
    expect(reply.text).toContain('- Alleen voor de garantieafhandeling.');
    expect(reply.text).not.toContain('diensten leveren en factureren');
    expect(reply.text).toContain('Van uw werkgever.');
    expect(reply.text).not.toContain('Van uzelf.');
  });

  it('identity check without an ID copy asks only what was chosen and leaves the black-out advice out', () => {
    const reply = render('identity_check', { inputs: { identityProof: ['known_email_address'] } });
    expect(reply.text).toContain('vanaf het e-mailadres');
    expect(reply.text).not.toContain('BSN');
    expect(reply.text).not.toContain('identiteitsbewijs');
  });

  it('erasure lists only the systems whose erasure step is done when the case has a checklist', () => {
    const checklist = [
      { id: 's1', right: 'erasure' as const, systemId: 'pipedrive', description: 'Delete person', state: 'done' as const },
      { id: 's2', right: 'erasure' as const, systemId: 'topdesk', description: 'Anonymise', state: 'open' as const },
    ];
    const reply = render('completion_erasure', { privacyCase: buildTestCase({ checklist }) });
    expect(reply.text).toContain('- Pipedrive');
    expect(reply.text).not.toContain('- Topdesk');
  });
});

describe('extension window', () => {
  it('refuses an extension notice after the first month, naming the date it ended', () => {
    const error = captureError(() => render('extension', { today: '2026-12-25' }));
    expect(error.code).toBe('extension_not_allowed');
    expect(error.message).toContain('AVG-2026-0007');
    expect(error.message).toContain('2026-12-24');
  });

  it('refuses a new deadline beyond three months from receipt', () => {
    const error = captureError(() => render('extension', { inputs: { ...ALL_INPUTS, newDeadline: '2027-02-25' } }));
    expect(error.code).toBe('extension_not_allowed');
    expect(error.message).toContain('2027-02-24');
  });

  it('accepts a shorter extension chosen by staff', () => {
    expect(render('extension', { inputs: { ...ALL_INPUTS, newDeadline: '2027-01-15' } }).text).toContain('15 januari 2027');
  });

  it('announces the deadline already recorded on an extended case', () => {
    const legalDeadline = { kind: 'month-period' as const, receivedOn: '2026-11-24', deadline: '2027-02-10', extended: true };
    const privacyCase = buildTestCase({ legalDeadline, status: 'extended' });
    expect(render('extension', { privacyCase, today: '2026-12-01' }).text).toContain('10 februari 2027');
  });

  it('refuses to extend a breach report (72 hours, Art. 33)', () => {
    const legalDeadline = { kind: 'hours' as const, receivedOn: '2026-11-24', deadlineAt: '2026-11-27T09:00:00.000Z' };
    const privacyCase = buildTestCase({ legalDeadline, rightsInvoked: ['breach_report'] });
    expect(captureError(() => render('extension', { privacyCase })).code).toBe('extension_not_allowed');
  });

  it('refuses without reasons, telling staff what to fill in', () => {
    const error = captureError(() => render('extension', { inputs: { extensionReasons: '  ' } }));
    expect(error.code).toBe('missing_input');
    expect(error.message).toContain('reasons for the extension');
  });
});

describe('language', () => {
  it.each(['de', 'fr', 'und'] as const)('falls back to English for a %s request', (language) => {
    const reply = render('acknowledgement', { privacyCase: buildTestCase({ language }) });
    expect(reply.language).toBe('en');
    expect(reply.text).toContain('Dear Jan Jansen,');
  });

  it('switches an English case to Dutch when staff choose so', () => {
    const reply = render('acknowledgement', { privacyCase: buildTestCase({ language: 'en' }), language: 'nl' });
    expect(reply.text).toContain('Beste Jan Jansen,');
  });

  it('greets a requester without a name politely and signs with the team when no handler is set', () => {
    const privacyCase = buildTestCase({ requester: { email: 'x@example.nl' }, handler: undefined });
    const reply = render('acknowledgement', { privacyCase, language: 'en' });
    expect(reply.text).toContain('Dear Sir or Madam,');
    expect(reply.text).toContain('The privacy team');
  });
});

describe('refusals and errors', () => {
  it('refuses without refusal reasons', () => {
    expect(captureError(() => render('refusal', { inputs: {} })).code).toBe('missing_input');
  });

  it('refuses an unknown template id with the list of ids', () => {
    const error = captureError(() => renderReply('thanks' as ReplyTemplateId, buildTestContext()));
    expect(error.code).toBe('unknown_template');
    expect(error.message).toContain('acknowledgement');
  });

  it('refuses a supervisory authority address with another scheme than https', () => {
    const profile = buildTestProfile({ supervisoryAuthority: { name: 'AP', url: 'javascript:alert(1)' } });
    expect(captureError(() => render('refusal', { profile })).message).toContain('https://');
  });

  it('links a supervisory authority address given without a scheme over https', () => {
    const profile = buildTestProfile({ supervisoryAuthority: { name: 'AP', url: 'autoriteitpersoonsgegevens.nl' } });
    expect(render('refusal', { profile }).html).toContain('href="https://autoriteitpersoonsgegevens.nl"');
  });
});
