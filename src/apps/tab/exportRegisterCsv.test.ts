import { exportRegisterCsv, toCsvCell } from './exportRegisterCsv.ts';
import { buildRegisterCase, closeRegisterCase } from './registerCases.test-support.ts';

/** Splits the CSV the way a spreadsheet would, for assertions on whole cells. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = csv.startsWith('\uFEFF') ? 1 : 0; i < csv.length; i++) {
    const char = csv[i];
    const next = csv[i + 1];
    if (quoted && char === '"' && next === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ';') {
      row.push(cell);
      cell = '';
    } else if (!quoted && char === '\r' && next === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += char;
    }
  }
  return rows;
}

describe('toCsvCell', () => {
  it.each(['=1+1', '+31 6 1234', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('puts an apostrophe before the formula-like text %j', (text) => {
    expect(toCsvCell(text)).toBe(`"'${text}"`);
  });

  it('doubles quotes and keeps commas and line breaks inside the quoted cell', () => {
    expect(toCsvCell('de "Vries", Anna\nline 2')).toBe('"de ""Vries"", Anna\nline 2"');
  });

  it('writes numbers as numbers, including a negative count of days left', () => {
    expect(toCsvCell(-3)).toBe('-3');
  });
});

describe('exportRegisterCsv', () => {
  const now = '2026-03-04T09:00:00Z';
  const attacker = buildRegisterCase('AVG-2026-0001', '2026-03-02', {
    requester: { name: '=HYPERLINK("https://evil.example","click")', email: '@evil.example' },
    rightsInvoked: ['access', 'erasure'],
    handler: 'bas',
  });
  const closed = closeRegisterCase(buildRegisterCase('AVG-2026-0002', '2026-03-09'), '2026-03-03T10:00:00Z');

  it('has a header and one row per case, readable back cell for cell', () => {
    const handlers = [{ id: 'bas', name: 'Bas Smit', email: 'bas.smit@qualitynetworks.nl' }];
    const rows = parseCsv(exportRegisterCsv([attacker, closed], now, handlers));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('Legal deadline');
    const header = rows[0] ?? [];
    const cell = (row: number, column: string) => rows[row]?.[header.indexOf(column)];
    expect(cell(1, 'Reference')).toBe('AVG-2026-0001');
    expect(cell(1, 'Rights invoked')).toBe('access erasure');
    expect(cell(1, 'Handler')).toBe('Bas Smit');
    expect(cell(2, 'Handler')).toBe('');
    expect(cell(1, 'Legal deadline')).toBe('2026-03-02');
    expect(cell(1, 'Days left')).toBe('-2');
    expect(cell(2, 'Closed on')).toBe('2026-03-03');
    expect(cell(2, 'Closed on time')).toBe('yes');
  });

  it('writes for Dutch Excel: a byte-order mark, semicolons between cells, CRLF between rows', () => {
    const csv = exportRegisterCsv([attacker], now);
    expect(csv.startsWith('\uFEFF"Reference";"Requester name";')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quoted cells there is no comma left for Excel to split on.
    expect(csv.replace(/"(?:[^"]|"")*"/g, '')).not.toContain(',');
  });

  it('writes the breach notification deadline as an Amsterdam date-time, winter and summer, next to the answer deadline', () => {
    const winter = buildRegisterCase('AVG-2026-0010', '2026-12-24', {
      rightsInvoked: ['erasure', 'breach_report'],
      receivedAt: '2026-11-24T10:00:00Z',
      breachNotificationDeadline: { kind: 'hours', receivedOn: '2026-11-24', deadlineAt: '2026-11-27T10:00:00.000Z' },
    });
    const summerBreachOnly = buildRegisterCase('AVG-2026-0011', '2026-07-04', {
      rightsInvoked: ['breach_report'],
      legalDeadline: { kind: 'hours', receivedOn: '2026-07-01', deadlineAt: '2026-07-04T22:30:00.000Z' },
      breachNotificationDeadline: { kind: 'hours', receivedOn: '2026-07-01', deadlineAt: '2026-07-04T22:30:00.000Z' },
    });
    const rows = parseCsv(exportRegisterCsv([winter, summerBreachOnly], '2026-11-25T09:00:00Z'));
    const header = rows[0] ?? [];
    const cell = (row: number, column: string) => rows[row]?.[header.indexOf(column)];
    expect(cell(1, 'Legal deadline')).toBe('2026-12-24');
    expect(cell(1, 'Breach notification deadline')).toBe('2026-11-27 11:00');
    expect(cell(1, 'Days left')).toBe('2');
    expect(cell(2, 'Legal deadline')).toBe('2026-07-05 00:30');
    expect(cell(2, 'Breach notification deadline')).toBe('2026-07-05 00:30');
    expect(rows.flat().filter((text) => text.includes('Z'))).toEqual([]);
  });

  it('writes our own target date beside the legal deadline', () => {
    const unsubscribe = buildRegisterCase('AVG-2026-0012', '2026-04-02', { rightsInvoked: ['unsubscribe'], targetDate: '2026-03-02' });
    const rows = parseCsv(exportRegisterCsv([unsubscribe], now));
    expect(rows[1]?.[rows[0]?.indexOf('Target date') ?? -1]).toBe('2026-03-02');
  });

  it('neutralises formulas a requester smuggles into their name or address', () => {
    const rows = parseCsv(exportRegisterCsv([attacker], now));
    expect(rows[1]).toContain(`'=HYPERLINK("https://evil.example","click")`);
    expect(rows[1]).toContain(`'@evil.example`);
    expect(rows.flat().filter((cell) => /^[=+@]/.test(cell))).toEqual([]);
  });

  it('gives only the header for an empty register', () => {
    expect(parseCsv(exportRegisterCsv([], now))).toHaveLength(1);
  });

  it('does not change the cases it exports', () => {
    const before = structuredClone(attacker);
    exportRegisterCsv([attacker], now);
    expect(attacker).toEqual(before);
  });
});
