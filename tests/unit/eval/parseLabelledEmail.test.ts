import { parseLabelledEmail } from '../../eval/parseLabelledEmail.ts';

describe('parseLabelledEmail', () => {
  it('reads a project corpus line with language and kind', () => {
    const line = JSON.stringify({
      id: 'nl-001',
      language: 'nl',
      subject: 'Inzageverzoek',
      body: 'Welke gegevens hebben jullie?',
      bodyType: 'text',
      labels: ['access'],
      kind: 'positive',
      notes: 'plain request',
    });
    expect(parseLabelledEmail(line)).toEqual({
      ok: true,
      labelled: {
        id: 'nl-001',
        language: 'nl',
        labels: ['access'],
        kind: 'positive',
        email: { subject: 'Inzageverzoek', body: 'Welke gegevens hebben jullie?', bodyType: 'text' },
      },
    });
  });

  it('reads a public corpus line with "lang" and keeps a mixed language as given', () => {
    const parsed = parseLabelledEmail('{"id":"x","lang":"en+de","subject":"","body":"b","labels":[],"source":"s"}');
    expect(parsed).toMatchObject({ ok: true, labelled: { language: 'en+de', labels: [] } });
  });

  it('drops duplicate labels', () => {
    const parsed = parseLabelledEmail('{"id":"x","lang":"en","subject":"","body":"b","labels":["erasure","erasure"]}');
    expect(parsed.ok && parsed.labelled.labels).toEqual(['erasure']);
  });

  it.each([
    ['an unknown label', '{"id":"x","lang":"en","subject":"","body":"b","labels":["deletion"]}', 'x: unknown labels ["deletion"]'],
    ['missing labels', '{"id":"x","lang":"en","subject":"","body":"b"}', 'x: "labels" must be an array'],
    ['no language', '{"id":"x","subject":"","body":"b","labels":[]}', 'x: "language" (or "lang")'],
    ['a missing body', '{"id":"x","lang":"en","subject":"","labels":[]}', 'x: "body" must be a string'],
    ['bad JSON', '{"id":', 'not valid JSON'],
  ])('rejects a line with %s, naming the email', (_case, line, message) => {
    const parsed = parseLabelledEmail(line);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toContain(message);
  });
});
