import { parseCsv } from '../../../../../../electron/main/modules/imports/aging-report/parse-csv';
import {
  readAsOf,
  titleKeyOf,
  titleKeys,
} from '../../../../../../electron/main/modules/imports/aging-report/title-block';

const TODAY = '2026-12-01';

describe('readAsOf', () => {
  it.each([
    ['"As of November 30, 2026"', 'month-first', '2026-11-30'],
    ['As at 30 November 2026', 'month-first', '2026-11-30'],
    ['Aged Receivables as at 30 Nov 2026 (by due date)', 'month-first', '2026-11-30'],
    ['As of: 30/11/2026', 'day-first', '2026-11-30'],
    ['Report,As of 11/30/26,,', 'month-first', '2026-11-30'],
    ['As of November 30, 2026', 'month-first', '2026-11-30'],
  ] as const)('reads %j as %s', (text, order, date) => {
    expect(readAsOf(parseCsv(`Larkspur Garden Supply\n${text}\n`).rows, order, TODAY)).toBe(date);
  });

  it('gives null when the title block has no date', () => {
    const rows = parseCsv('Larkspur Garden Supply\nA/R Aging Detail\nAs of last month\n').rows;

    expect(readAsOf(rows, 'month-first', TODAY)).toBeNull();
  });
});

describe('titleKeys', () => {
  it('keys each title row by its filled cells, whatever the case and spacer cells', () => {
    const keys = titleKeys(parseCsv('Larkspur Garden Supply,,\n\nA/R Aging Detail\n').rows);

    expect([...keys]).toEqual(['larkspur garden supply', 'a/r aging detail']);
    expect(keys.has(titleKeyOf(['', 'LARKSPUR GARDEN SUPPLY']))).toBe(true);
  });
});
