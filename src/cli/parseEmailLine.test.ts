import { parseEmailLine } from './parseEmailLine.ts';

describe('parseEmailLine', () => {
  it('reads the required fields and leaves absent optional ones out', () => {
    expect(parseEmailLine('{"id":"m1","subject":"Inzage","body":"Welke gegevens?"}')).toEqual({
      ok: true,
      id: 'm1',
      email: { subject: 'Inzage', body: 'Welke gegevens?' },
    });
  });

  it('reads every optional field, with "to" as a string or a list', () => {
    const line = JSON.stringify({
      id: 7,
      subject: 's',
      body: '<p>b</p>',
      bodyType: 'html',
      from: 'a@example.nl',
      to: ['support@example.nl', 'info@example.nl'],
      receivedAt: '2026-01-30T23:30:00Z',
    });
    const parsed = parseEmailLine(line);
    expect(parsed).toEqual({
      ok: true,
      id: 7,
      email: {
        subject: 's',
        body: '<p>b</p>',
        bodyType: 'html',
        from: 'a@example.nl',
        to: ['support@example.nl', 'info@example.nl'],
        receivedAt: '2026-01-30T23:30:00Z',
      },
    });
    expect(parseEmailLine('{"id":"x","subject":"","body":"","to":"one@example.nl"}')).toMatchObject({
      ok: true,
      email: { to: 'one@example.nl' },
    });
  });

  it('treats null optional fields as absent', () => {
    const parsed = parseEmailLine('{"id":"m","subject":"s","body":"b","from":null,"to":null,"bodyType":null}');
    expect(parsed).toEqual({ ok: true, id: 'm', email: { subject: 's', body: 'b' } });
  });

  it('reports bad JSON without an id', () => {
    const parsed = parseEmailLine('{"id":"m1",');
    expect(parsed.ok).toBe(false);
    expect(parsed).not.toHaveProperty('id');
    expect(parsed.ok ? '' : parsed.error).toMatch(/^not valid JSON/);
  });

  it.each([
    ['an array', '[1,2]'],
    ['a string', '"hello"'],
    ['null', 'null'],
    ['a number', '42'],
  ])('rejects a line that is %s instead of an object', (kind, line) => {
    expect(parseEmailLine(line)).toEqual({ ok: false, error: `expected a JSON object, got ${kind}` });
  });

  it('keeps the id when other fields are wrong, and names every wrong field', () => {
    const parsed = parseEmailLine('{"id":"m2","subject":3,"to":[1],"bodyType":"rtf"}');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.id).toBe('m2');
    expect(parsed.error).toContain('"subject" must be a string, got a number');
    expect(parsed.error).toContain('"body" must be a string, got nothing');
    expect(parsed.error).toContain('"to" must be a string or an array of strings');
    expect(parsed.error).toContain('"bodyType" must be "text" or "html" when given, got "rtf"');
  });

  it.each([
    ['missing', '{"subject":"s","body":"b"}', 'got nothing'],
    ['an object', '{"id":{},"subject":"s","body":"b"}', 'got an object'],
    ['a boolean', '{"id":true,"subject":"s","body":"b"}', 'got a boolean'],
  ])('rejects an id that is %s and echoes no id', (_kind, line, expected) => {
    const parsed = parseEmailLine(line);
    expect(parsed).toEqual({ ok: false, error: `"id" must be a string or a number, ${expected}` });
  });

  it('rejects an ill-typed from or receivedAt', () => {
    const parsed = parseEmailLine('{"id":"m","subject":"s","body":"b","from":5,"receivedAt":false}');
    expect(parsed.ok ? '' : parsed.error).toBe(
      '"from" must be a string when given, got a number; "receivedAt" must be a string when given, got a boolean',
    );
  });

  it('does not keep unknown fields', () => {
    const parsed = parseEmailLine('{"id":"m","subject":"s","body":"b","labels":["access"]}');
    expect(parsed.ok && parsed.email).toEqual({ subject: 's', body: 'b' });
  });
});
