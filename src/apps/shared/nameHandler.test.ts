import { nameHandler } from './nameHandler.ts';

const handlers = [{ id: 'sanne', name: 'Sanne de Vries', email: 'sanne.devries@qualitynetworks.nl' }];

describe('nameHandler', () => {
  it('shows the profile name for a handler id or email', () => {
    expect(nameHandler(handlers, 'sanne')).toBe('Sanne de Vries');
    expect(nameHandler(handlers, 'sanne.devries@qualitynetworks.nl')).toBe('Sanne de Vries');
  });

  it('shows a handler who left the profile as recorded, so the case still says who had it', () => {
    expect(nameHandler(handlers, 'pieter')).toBe('pieter');
  });

  it('says "Unassigned" for a case without a handler, or with an empty one', () => {
    expect(nameHandler(handlers, undefined)).toBe('Unassigned');
    expect(nameHandler(handlers, '')).toBe('Unassigned');
  });
});
