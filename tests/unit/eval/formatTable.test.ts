import { formatScore, formatTable } from '../../eval/formatTable.ts';

describe('formatTable', () => {
  it('pads columns to the widest cell and right-aligns the number columns', () => {
    const table = formatTable(
      ['right', 'F1'],
      [
        ['access', '0.950'],
        ['breach_report', '1'],
      ],
      { rightAligned: [1] },
    );
    expect(table.split('\n')).toEqual([
      'right             F1',
      '-------------  -----',
      'access         0.950',
      'breach_report      1',
    ]);
  });

  it('leaves no trailing spaces and treats a short row as empty cells', () => {
    const table = formatTable(['id', 'note'], [['a-long-id'], ['b', 'x']]);
    expect(table.split('\n').every((line) => line === line.trimEnd())).toBe(true);
    expect(table.split('\n')[2]).toBe('a-long-id');
  });

  it('prints only the header and rule for no rows', () => {
    expect(formatTable(['id'], [])).toBe('id\n--');
  });
});

describe('formatScore', () => {
  it('rounds to three decimals and shows an undefined figure as n/a', () => {
    expect(formatScore(0.98765)).toBe('0.988');
    expect(formatScore(1)).toBe('1.000');
    expect(formatScore(null)).toBe('n/a');
  });
});
