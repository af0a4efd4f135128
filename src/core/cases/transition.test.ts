import fc from 'fast-check';
import { loadDefaultOrganisationProfile } from '../organisation/loadDefaultOrganisationProfile.ts';
import type { RightLabel } from '../rights/rightLabel.ts';
import type { CaseCommand, CaseRefusalCode } from './caseCommand.ts';
import { openPrivacyCase } from './openPrivacyCase.ts';
import type { CaseOutcome, PrivacyCase } from './privacyCase.ts';
import { transition } from './transition.ts';

const profile = loadDefaultOrganisationProfile();
const NOW = '2026-11-25T09:00:00Z';

/** A case received Tuesday 24 November 2026; its first month ends Thursday 24 December. */
function openCase(rights: RightLabel[] = ['unsubscribe']): PrivacyCase {
  return openPrivacyCase({
    message: {
      internetMessageId: '<request-1@example.nl>',
      conversationId: 'conversation-1',
      from: { email: 'an.deboer@example.nl' },
      receivedAt: '2026-11-24T10:00:00Z',
    },
    classification: { rights, language: 'nl', evidence: [] },
    profile,
    reference: 'AVG-2026-0007',
    now: '2026-11-24T10:05:00Z',
    openedBy: 'sanne',
  });
}

/** Applies commands in order, failing the test on any refusal. */
function run(privacyCase: PrivacyCase, ...commands: CaseCommand[]): PrivacyCase {
  return commands.reduce((current, command) => {
    const result = transition(current, command, NOW);
    if (!result.ok) throw result.error;
    return result.next;
  }, privacyCase);
}

function refusalOf(privacyCase: PrivacyCase, command: CaseCommand, now = NOW): CaseRefusalCode {
  const result = transition(privacyCase, command, now);
  if (result.ok) throw new Error(`expected ${command.type} to be refused`);
  return result.error.code;
}

const stepIds = (privacyCase: PrivacyCase): string[] => privacyCase.checklist.map((step) => step.id);
const completeAll = (privacyCase: PrivacyCase): CaseCommand[] =>
  stepIds(privacyCase).map((stepId) => ({ type: 'complete_step', by: 'thomas', stepId }));

describe('transition: the way through a case', () => {
  it('assigns, acknowledges, verifies, completes every step, records the reply and closes', () => {
    const opened = openCase();
    const closed = run(
      opened,
      { type: 'assign', by: 'sanne', handler: 'thomas' },
      { type: 'acknowledge', by: 'thomas' },
      { type: 'verify_identity', by: 'thomas' },
      ...completeAll(opened),
      { type: 'record_reply', by: 'thomas', templateId: 'completion_unsubscribe' },
      { type: 'close', by: 'thomas', outcome: 'completed' },
    );
    expect(closed).toMatchObject({ status: 'closed', outcome: 'completed', handler: 'thomas' });
    expect(closed.checklist.every((step) => step.state === 'done')).toBe(true);
    expect(closed.auditTrail.slice(opened.auditTrail.length).map((event) => event.type)).toEqual([
      'assigned', 'acknowledged', 'identity_verified', 'step_done', 'step_done', 'reply_sent', 'closed',
    ]);
  });

  it('returns effects as data: a reply to prepare, a handler to notify', () => {
    const assigned = transition(openCase(), { type: 'assign', by: 'sanne', handler: 'noor' }, NOW);
    expect(assigned.ok && assigned.effects).toEqual([{ type: 'notify_handler', handler: 'noor' }]);
    const acknowledged = transition(openCase(), { type: 'acknowledge', by: 'noor' }, NOW);
    expect(acknowledged.ok && acknowledged.effects).toEqual([{ type: 'prepare_reply', templateId: 'acknowledgement' }]);
    const identity = transition(openCase(), { type: 'request_identity', by: 'noor' }, NOW);
    expect(identity.ok && identity.effects).toEqual([{ type: 'prepare_reply', templateId: 'identity_check' }]);
  });

  it('waits for identity, then resumes work', () => {
    const waiting = run(openCase(['access']), { type: 'request_identity', by: 'thomas' });
    expect(waiting.status).toBe('awaiting_identity');
    expect(run(waiting, { type: 'verify_identity', by: 'thomas' }).status).toBe('in_progress');
  });

  it('extends to three months from receipt, moves the target date and asks for the extension notice', () => {
    const result = transition(openCase(['access']), { type: 'extend', by: 'thomas', reason: 'Archive of 2019 must be restored' }, NOW);
    if (!result.ok) throw result.error;
    expect(result.next.legalDeadline).toEqual({ kind: 'month-period', receivedOn: '2026-11-24', deadline: '2027-02-24', extended: true });
    expect(result.next).toMatchObject({ status: 'extended', targetDate: '2027-02-24' });
    expect(result.next.auditTrail.at(-1)).toMatchObject({ type: 'extended', reason: 'Archive of 2019 must be restored', newDeadline: '2027-02-24' });
    expect(result.effects).toEqual([{ type: 'prepare_reply', templateId: 'extension' }]);
  });

  it("extends a processor case from the customer's day of receipt", () => {
    const processorCase = openPrivacyCase({
      message: { internetMessageId: '<p@example.nl>', from: { email: 'it@bakkerij.example' }, receivedAt: '2026-11-24T10:00:00Z' },
      classification: { rights: ['access'], language: 'nl', evidence: [] },
      profile,
      reference: 'AVG-2026-0008',
      now: '2026-11-24T10:05:00Z',
      openedBy: 'sanne',
      processorFor: 'Bakkerij Jansen BV',
      controllerReceivedAt: '2026-11-20T09:00:00Z',
    });
    expect(run(processorCase, { type: 'extend', by: 'thomas', reason: 'Volume' }).legalDeadline).toMatchObject({ deadline: '2027-02-22' });
  });

  it('allows extending on the last day of the first month, late in the Amsterdam evening', () => {
    const result = transition(openCase(['access']), { type: 'extend', by: 'thomas', reason: 'Many systems' }, '2026-12-24T22:30:00Z');
    expect(result.ok).toBe(true);
  });

  it('keeps the extended status after identity is verified', () => {
    const extended = run(openCase(['access']), { type: 'request_identity', by: 'thomas' }, { type: 'extend', by: 'thomas', reason: 'Volume' });
    expect(extended.status).toBe('awaiting_identity');
    expect(run(extended, { type: 'verify_identity', by: 'thomas' }).status).toBe('extended');
  });

  it('extends to a date chosen by staff, stores it as the deadline and the target, and records it', () => {
    const extended = run(openCase(['access']), { type: 'extend', by: 'thomas', reason: 'Archive restore', until: '2027-01-15' });
    expect(extended.legalDeadline).toEqual({ kind: 'month-period', receivedOn: '2026-11-24', deadline: '2027-01-15', extended: true });
    expect(extended.targetDate).toBe('2027-01-15');
    expect(extended.auditTrail.at(-1)).toMatchObject({ type: 'extended', newDeadline: '2027-01-15' });
  });

  it('rolls a chosen Saturday (16 January 2027) to Monday 18 January, like any period end', () => {
    const extended = run(openCase(['access']), { type: 'extend', by: 'thomas', reason: 'Volume', until: '2027-01-16' });
    expect(extended.legalDeadline).toMatchObject({ deadline: '2027-01-18' });
  });

  it('extends only the answer period of breach + erasure; the 72-hour notification deadline stays', () => {
    const opened = openCase(['breach_report', 'erasure']);
    const extended = run(opened, { type: 'extend', by: 'thomas', reason: 'Erasure in backups takes longer' });
    expect(extended.legalDeadline).toEqual({ kind: 'month-period', receivedOn: '2026-11-24', deadline: '2027-02-24', extended: true });
    expect(extended.breachNotificationDeadline).toEqual({ kind: 'hours', receivedOn: '2026-11-24', deadlineAt: '2026-11-27T10:00:00.000Z' });
    expect(extended.breachNotificationDeadline).toEqual(opened.breachNotificationDeadline);
  });

  it('records the extension notice once the case is extended', () => {
    const extended = run(openCase(['access']), { type: 'extend', by: 'thomas', reason: 'Volume' });
    const noticed = run(extended, { type: 'record_reply', by: 'thomas', templateId: 'extension' });
    expect(noticed.auditTrail.at(-1)).toMatchObject({ type: 'reply_sent', templateId: 'extension' });
  });

  it.each<[CaseOutcome, string]>([
    ['refused', 'Identity could not be established'],
    ['withdrawn', ''],
    ['not_a_request', ''],
  ])('closes as %s while identity is still awaited', (outcome, note) => {
    const waiting = run(openCase(['access']), { type: 'request_identity', by: 'thomas' });
    const closed = run(waiting, { type: 'close', by: 'thomas', outcome, ...(note === '' ? {} : { note }) });
    expect(closed).toMatchObject({ status: 'closed', outcome });
  });

  it('waives a step with its reason and closes as completed', () => {
    const opened = openCase();
    const [first, second] = stepIds(opened);
    const closed = run(
      opened,
      { type: 'complete_step', by: 'thomas', stepId: first! },
      { type: 'waive_step', by: 'thomas', stepId: second!, reason: 'Not in Pipedrive' },
      { type: 'close', by: 'thomas', outcome: 'completed' },
    );
    expect(closed.checklist[1]).toMatchObject({ state: 'waived', waiverReason: 'Not in Pipedrive' });
    expect(closed.status).toBe('closed');
  });

  it('closes a refusal with its reasons in the note', () => {
    const closed = run(openCase(), { type: 'close', by: 'thomas', outcome: 'refused', note: 'Manifestly unfounded (Art. 12(5))' });
    expect(closed.auditTrail.at(-1)).toMatchObject({ type: 'closed', outcome: 'refused', note: 'Manifestly unfounded (Art. 12(5))' });
  });

  it('records the refusal reply on a case already closed as refused, and keeps it closed', () => {
    const closed = run(openCase(), { type: 'close', by: 'thomas', outcome: 'refused', note: 'Manifestly unfounded (Art. 12(5))' });
    const replied = run(closed, { type: 'record_reply', by: 'thomas', templateId: 'refusal' });
    expect(replied.status).toBe('closed');
    expect(replied.outcome).toBe('refused');
    expect(replied.auditTrail.at(-1)).toMatchObject({ type: 'reply_sent', templateId: 'refusal' });
  });

  it('attaches a follow-up message to the case', () => {
    const followUp = { internetMessageId: '<follow-up@example.nl>', conversationId: 'conversation-1', receivedAt: '2026-11-25T09:00:00+01:00' };
    const next = run(openCase(), { type: 'attach_message', message: followUp });
    expect(next.sourceMessages[1]?.receivedAt).toBe('2026-11-25T08:00:00.000Z');
    expect(next.sourceMessages.map((source) => source.internetMessageId)).toEqual(['<request-1@example.nl>', '<follow-up@example.nl>']);
    expect(next.auditTrail.at(-1)).toEqual({ type: 'message_attached', at: '2026-11-25T09:00:00.000Z', internetMessageId: '<follow-up@example.nl>' });
  });
});

describe('transition: refusals', () => {
  const opened = openCase();
  const closed = run(opened, { type: 'close', by: 'thomas', outcome: 'withdrawn' });
  const breach = openCase(['breach_report']);

  it.each<[string, PrivacyCase, CaseCommand, CaseRefusalCode]>([
    ['closing twice', closed, { type: 'close', by: 'thomas', outcome: 'completed' }, 'already_closed'],
    ['anything on a closed case', closed, { type: 'acknowledge', by: 'thomas' }, 'case_closed'],
    ['a refusal reply on a case closed as withdrawn', closed, { type: 'record_reply', by: 'thomas', templateId: 'refusal' }, 'case_closed'],
    ['another reply on a case closed as refused', run(opened, { type: 'close', by: 'thomas', outcome: 'refused', note: 'Unfounded' }), { type: 'record_reply', by: 'thomas', templateId: 'acknowledgement' }, 'case_closed'],
    ['attaching a message to a closed case', closed, { type: 'attach_message', message: { internetMessageId: '<x@y>', receivedAt: NOW } }, 'case_closed'],
    ['closing without an outcome', opened, { type: 'close', by: 'thomas' }, 'missing_outcome'],
    ['closing with an unknown outcome', opened, { type: 'close', by: 'thomas', outcome: 'done' as never }, 'unknown_outcome'],
    ['completing with open steps that were not waived', opened, { type: 'close', by: 'thomas', outcome: 'completed' }, 'open_steps'],
    ['refusing without reasons', opened, { type: 'close', by: 'thomas', outcome: 'refused', note: ' ' }, 'missing_reason'],
    ['extending without a reason', opened, { type: 'extend', by: 'thomas', reason: '  ' }, 'missing_reason'],
    ['extending a breach report', breach, { type: 'extend', by: 'thomas', reason: 'Investigation' }, 'breach_not_extendable'],
    ['waiving without a reason', opened, { type: 'waive_step', by: 'thomas', stepId: 'unsubscribe:clang', reason: '' }, 'missing_reason'],
    ['completing an unknown step', opened, { type: 'complete_step', by: 'thomas', stepId: 'erasure:clang' }, 'unknown_step'],
    ['assigning nobody', opened, { type: 'assign', by: 'sanne', handler: ' ' }, 'missing_handler'],
    ['recording a reply without a template', opened, { type: 'record_reply', by: 'thomas', templateId: '' }, 'missing_template'],
    ['attaching the message the case came from', opened, { type: 'attach_message', message: { internetMessageId: '<request-1@example.nl>', receivedAt: NOW } }, 'message_already_attached'],
    ['attaching a message whose receipt time has no zone', opened, { type: 'attach_message', message: { internetMessageId: '<z@y>', receivedAt: '2026-11-25 08:00' } }, 'invalid_time'],
    ['acting without saying who', opened, { type: 'acknowledge', by: '' }, 'missing_actor'],
  ])('refuses %s', (_title, privacyCase, command, code) => {
    expect(refusalOf(privacyCase, command)).toBe(code);
  });

  it('refuses extending twice', () => {
    const extended = run(openCase(['access']), { type: 'extend', by: 'thomas', reason: 'Volume' });
    expect(refusalOf(extended, { type: 'extend', by: 'thomas', reason: 'Still more' })).toBe('already_extended');
  });

  it('refuses extending after the first month has passed (the day after the deadline, Amsterdam time)', () => {
    const code = refusalOf(openCase(['access']), { type: 'extend', by: 'thomas', reason: 'Volume' }, '2026-12-24T23:00:00Z');
    expect(code).toBe('first_month_passed');
  });

  it('refuses completing or waiving a step twice', () => {
    const done = run(opened, { type: 'complete_step', by: 'thomas', stepId: 'unsubscribe:clang' });
    expect(refusalOf(done, { type: 'complete_step', by: 'thomas', stepId: 'unsubscribe:clang' })).toBe('step_not_open');
    expect(refusalOf(done, { type: 'waive_step', by: 'thomas', stepId: 'unsubscribe:clang', reason: 'x' })).toBe('step_not_open');
  });

  it('refuses doing the work while the identity check is pending', () => {
    const waiting = run(openCase(['access']), { type: 'request_identity', by: 'thomas' });
    expect(refusalOf(waiting, { type: 'complete_step', by: 'thomas', stepId: 'access:clang' })).toBe('identity_not_verified');
    expect(refusalOf(waiting, { type: 'request_identity', by: 'thomas' })).toBe('identity_already_requested');
  });

  it('refuses waiving a step while the identity check is pending, so the check cannot be bypassed', () => {
    const waiting = run(openCase(['access']), { type: 'request_identity', by: 'thomas' });
    const [stepId] = stepIds(waiting);
    expect(refusalOf(waiting, { type: 'waive_step', by: 'thomas', stepId: stepId!, reason: 'No data there' })).toBe('identity_not_verified');
  });

  it.each<[CaseOutcome, string | undefined]>([
    ['completed', undefined],
    ['partially_completed', 'Invoices kept for the tax authority'],
  ])('refuses closing as %s while the identity check is pending, even with no open steps', (outcome, note) => {
    const opened = openCase(['access']);
    const waived = run(opened, ...stepIds(opened).map((stepId): CaseCommand => ({ type: 'waive_step', by: 'thomas', stepId, reason: 'No data there' })));
    const waiting = run(waived, { type: 'request_identity', by: 'thomas' });
    const result = transition(waiting, { type: 'close', by: 'thomas', outcome, ...(note === undefined ? {} : { note }) }, NOW);
    expect(!result.ok && result.error.code).toBe('identity_not_verified');
    expect(!result.ok && result.error.message).toMatch(/Verify the identity first, or close it as refused/);
  });

  it('refuses recording an extension notice on a case that was never extended', () => {
    const result = transition(openCase(['access']), { type: 'record_reply', by: 'thomas', templateId: 'extension' }, NOW);
    expect(!result.ok && result.error.code).toBe('not_extended');
    expect(!result.ok && result.error.message).toMatch(/Extend the case first/);
  });

  it('refuses an extension notice on a breach-only case, whose 72 hours cannot be extended', () => {
    expect(refusalOf(openCase(['breach_report']), { type: 'record_reply', by: 'thomas', templateId: ' extension ' })).toBe('not_extended');
  });

  it.each([
    ['2027-02-25', 'later than three months from receipt'],
    ['2026-12-24', 'the current deadline itself'],
    ['2026-12-10', 'earlier than the current deadline'],
    ['next month', 'not a date'],
  ])('refuses extending to %s (%s) and leaves the case as it was', (until) => {
    const opened = openCase(['access']);
    const result = transition(opened, { type: 'extend', by: 'thomas', reason: 'Volume', until }, NOW);
    expect(!result.ok && result.error.code).toBe('invalid_extension_date');
    expect(opened.legalDeadline).toMatchObject({ deadline: '2026-12-24', extended: false });
  });

  it('refuses verifying or requesting identity once verified', () => {
    const verified = run(opened, { type: 'verify_identity', by: 'thomas' });
    expect(refusalOf(verified, { type: 'verify_identity', by: 'thomas' })).toBe('identity_already_verified');
    expect(refusalOf(verified, { type: 'request_identity', by: 'thomas' })).toBe('identity_already_verified');
  });

  it('refuses acknowledging twice and assigning the same handler again', () => {
    const acknowledged = run(opened, { type: 'acknowledge', by: 'thomas' }, { type: 'assign', by: 'sanne', handler: 'thomas' });
    expect(refusalOf(acknowledged, { type: 'acknowledge', by: 'thomas' })).toBe('already_acknowledged');
    expect(refusalOf(acknowledged, { type: 'assign', by: 'sanne', handler: 'thomas' })).toBe('already_assigned');
  });

  it('refuses a "now" without a time zone', () => {
    expect(refusalOf(opened, { type: 'acknowledge', by: 'thomas' }, '2026-11-25 09:00')).toBe('invalid_time');
  });

  it('explains refusals in words a support employee can act on', () => {
    const result = transition(opened, { type: 'close', by: 'thomas', outcome: 'completed' }, NOW);
    expect(!result.ok && result.error.message).toMatch(/AVG-2026-0007 cannot be closed as completed: 2 checklist step\(s\) are still open/);
    expect(!result.ok && result.error.name).toBe('CaseTransitionError');
  });
});

describe('transition: purity and the append-only audit trail', () => {
  const commandArbitrary: fc.Arbitrary<CaseCommand> = fc.oneof(
    fc.constantFrom<CaseCommand>(
      { type: 'assign', by: 'sanne', handler: 'thomas' },
      { type: 'assign', by: 'sanne', handler: 'noor' },
      { type: 'acknowledge', by: 'thomas' },
      { type: 'request_identity', by: 'thomas' },
      { type: 'verify_identity', by: 'thomas' },
      { type: 'extend', by: 'thomas', reason: 'Volume' },
      { type: 'extend', by: 'thomas', reason: '' },
      { type: 'record_reply', by: 'thomas', templateId: 'acknowledgement' },
      { type: 'record_reply', by: 'thomas', templateId: 'extension' },
      { type: 'extend', by: 'thomas', reason: 'Volume', until: '2027-01-16' },
      { type: 'close', by: 'thomas', outcome: 'partially_completed', note: 'Invoices kept' },
      { type: 'close', by: 'thomas', outcome: 'completed' },
      { type: 'close', by: 'thomas', outcome: 'withdrawn' },
      { type: 'close', by: 'thomas' },
    ),
    fc.constantFrom('access:procedure-1', 'access:clang', 'access:moneybird', 'nope').map(
      (stepId): CaseCommand => ({ type: 'complete_step', by: 'thomas', stepId }),
    ),
    fc.constantFrom('access:office365', 'access:topdesk').map(
      (stepId): CaseCommand => ({ type: 'waive_step', by: 'thomas', stepId, reason: 'No data there' }),
    ),
  );

  it('never changes the given case and only ever appends one event', () => {
    fc.assert(
      fc.property(fc.array(commandArbitrary, { maxLength: 25 }), (commands) => {
        let current = openCase(['access']);
        for (const command of commands) {
          const snapshot = structuredClone(current);
          const result = transition(current, command, NOW);
          expect(current).toEqual(snapshot);
          if (result.ok) {
            expect(result.next.auditTrail.slice(0, current.auditTrail.length)).toEqual(current.auditTrail);
            expect(result.next.auditTrail).toHaveLength(current.auditTrail.length + 1);
            current = result.next;
          }
        }
        expect(current.status !== 'closed' || current.outcome !== undefined).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
