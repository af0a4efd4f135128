import { formatPersonAddress } from './formatPersonAddress.ts';

describe('formatPersonAddress', () => {
  it('puts the address in angle brackets after the name', () => {
    expect(formatPersonAddress({ name: 'Anna de Vries', email: 'anna@example.nl' })).toBe('Anna de Vries <anna@example.nl>');
  });

  it('shows the bare address when the name is missing, empty or only spaces', () => {
    expect(formatPersonAddress({ email: 'anna@example.nl' })).toBe('anna@example.nl');
    expect(formatPersonAddress({ name: '', email: 'anna@example.nl' })).toBe('anna@example.nl');
    expect(formatPersonAddress({ name: '  ', email: 'anna@example.nl' })).toBe('anna@example.nl');
  });
});
