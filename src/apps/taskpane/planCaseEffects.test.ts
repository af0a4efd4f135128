import { planCaseEffects } from './planCaseEffects.ts';

const handlers = [{ id: 'sanne', name: 'Sanne de Vries', email: 'sanne.devries@qualitynetworks.nl' }];

describe('planCaseEffects', () => {
  it('preselects the template of a prepare_reply effect', () => {
    expect(planCaseEffects([{ type: 'prepare_reply', templateId: 'extension' }], handlers)).toEqual({ templateId: 'extension' });
  });

  it('announces a new handler by their profile name, and in demo mode that is all', () => {
    expect(planCaseEffects([{ type: 'notify_handler', handler: 'sanne' }], handlers, { isDemo: true })).toEqual({
      notice: 'Sanne de Vries is now handling this case.',
    });
  });

  it('outside demo mode asks staff to tell the new handler, since nothing is sent', () => {
    expect(planCaseEffects([{ type: 'notify_handler', handler: 'sanne' }], handlers).notice).toBe(
      'Sanne de Vries is now handling this case. Let them know yourself: Privacy Desk does not send notifications yet.',
    );
  });

  it('announces a handler missing from the profile as recorded', () => {
    expect(planCaseEffects([{ type: 'notify_handler', handler: 'pieter' }], handlers, { isDemo: true }).notice).toBe('pieter is now handling this case.');
  });

  it('does nothing for no effects, and skips a template id it does not know', () => {
    expect(planCaseEffects([], handlers)).toEqual({});
    expect(planCaseEffects([{ type: 'prepare_reply', templateId: 'retired_template' }], handlers)).toEqual({});
  });

  it('combines both effects of one change', () => {
    const effects = [
      { type: 'notify_handler', handler: 'sanne' },
      { type: 'prepare_reply', templateId: 'acknowledgement' },
    ] as const;
    expect(planCaseEffects(effects, handlers, { isDemo: true })).toEqual({ templateId: 'acknowledgement', notice: 'Sanne de Vries is now handling this case.' });
  });
});
