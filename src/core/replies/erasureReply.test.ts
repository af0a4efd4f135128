import type { ChecklistStep } from '../cases/privacyCase.ts';
import { renderReply } from './renderReply.ts';
import { ReplyError } from './replyError.ts';
import { buildTestCase, buildTestContext } from './replyFixtures.test-support.ts';

const step = (systemId: string, state: ChecklistStep['state']): ChecklistStep => ({
  id: `erasure:${systemId}`,
  right: 'erasure',
  systemId,
  description: `Erase in ${systemId}`,
  state,
  ...(state === 'waived' ? { waiverReason: 'No data found' } : {}),
});

function renderErasure(checklist: ChecklistStep[], language: 'nl' | 'en' = 'en') {
  const privacyCase = buildTestCase({ rightsInvoked: ['erasure'], language, checklist });
  return renderReply('completion_erasure', buildTestContext({ privacyCase }));
}

describe('erasure completion reply', () => {
  it('keeps the opening paragraph and says nothing needed erasing when every erasure step was waived', () => {
    const waived = ['clang', 'pipedrive', 'topdesk', 'third_parties'].map((id) => step(id, 'waived'));
    const english = renderErasure(waived, 'en');
    expect(english.text).toContain('On 24 November 2026 you asked us to erase your personal data (reference AVG-2026-0007)');
    expect(english.text).toContain('We found no personal data about you in our systems that needed erasing.');
    expect(english.text).not.toContain('We have erased your data from these systems');
    const dutch = renderErasure(waived, 'nl');
    expect(dutch.text).toContain('Op 24 november 2026 vroeg u ons uw persoonsgegevens te wissen (kenmerk AVG-2026-0007)');
    expect(dutch.text).toContain('geen persoonsgegevens van u gevonden die gewist moesten worden');
  });

  it('still tells the requester what the law makes us keep when every step was waived', () => {
    const waived = ['clang', 'pipedrive', 'topdesk', 'third_parties'].map((id) => step(id, 'waived'));
    expect(renderErasure(waived).text).toMatch(/- Moneybird \(invoicing\): invoices are kept/);
  });

  it('refuses, naming the open steps, when no erasure step is done yet (no claim of an erasure that did not happen)', () => {
    const render = () => renderErasure([step('pipedrive', 'open'), step('topdesk', 'waived')]);
    expect(render).toThrow(ReplyError);
    expect(render).toThrow(/AVG-2026-0007.*Erase in pipedrive/);
  });

  it('words a forwarded step as passing the request on, never listing the third parties as a system erased', () => {
    const reply = renderErasure([step('pipedrive', 'done'), step('third_parties', 'done')]);
    const [erasedPart = '', forwardedPart = ''] = reply.text.split('We have passed your request on to the following parties');
    expect(erasedPart).toContain('- Pipedrive');
    expect(erasedPart).not.toContain('Third parties');
    expect(forwardedPart).toMatch(/^, so that they erase your data too \(Art\. 19 GDPR\):\n- our VoIP suppliers/);
    expect(reply.html).toContain('<li>our VoIP suppliers</li>');
  });

  it('leaves the forwarding paragraph out when no forwarded step is done, and the erased list when only forwarding was done', () => {
    const erasedOnly = renderErasure([step('pipedrive', 'done'), step('third_parties', 'open')]);
    expect(erasedOnly.text).not.toContain('passed your request on');
    const forwardedOnly = renderErasure([step('pipedrive', 'waived'), step('third_parties', 'done')]);
    expect(forwardedOnly.text).not.toContain('We have erased your data from these systems');
    expect(forwardedOnly.text).toContain('- our VoIP suppliers');
    expect(forwardedOnly.text).not.toContain('We found no personal data');
  });

  it('without a checklist, names every system with an erasure step, the forwarding one as passed on', () => {
    const reply = renderErasure([]);
    expect(reply.text).toContain('- Topdesk (service desk)');
    expect(reply.text).toContain('- our VoIP suppliers');
    expect(reply.text).not.toContain('- Third parties');
  });
});
