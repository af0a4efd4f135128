import { exportRegisterCsv, toCsvCell } from './exportRegisterCsv.ts';
import { buildRegisterCase, closeRegisterCase } from './registerTestCases.ts';

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
    } else if (!quoted && char === ',') {
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
