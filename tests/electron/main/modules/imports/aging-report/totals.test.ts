import { createTotalTracker } from '../../../../../../electron/main/modules/imports/aging-report/totals';

describe('createTotalTracker', () => {
  it('checks a period total against the lines of its section', () => {
    const tracker = createTotalTracker();
    tracker.startSection('Current');
    tracker.addInvoice(100);
    tracker.addInvoice(50);

    expect(tracker.total(4, 'Total for Current', 'Current', 150)).toBe('section');
    tracker.startSection('1 - 30');
    tracker.addInvoice(7);
    tracker.total(7, 'Total for 1 - 30', '1 - 30', 8);

    expect(tracker.finish()).toEqual([
      { line: 4, label: 'Total for Current', statedCents: 150, readCents: 150 },
      { line: 7, label: 'Total for 1 - 30', statedCents: 8, readCents: 7 },
    ]);
  });

  it('checks a customer total against the lines since its group row', () => {
    const tracker = createTotalTracker();
    tracker.addInvoice(999);
    tracker.startGroup(2, 'Coastal Kayak Hire', null);
    tracker.addInvoice(540);

    expect(tracker.total(4, 'Total Coastal Kayak Hire', 'coastal kayak  hire', 540)).toBe('group');
    expect(tracker.finish()).toEqual([
      { line: 4, label: 'Total Coastal Kayak Hire', statedCents: 540, readCents: 540 },
    ]);
  });

  it('checks the grand total against every line', () => {
    const tracker = createTotalTracker();
    tracker.startSection('Current');
    tracker.addInvoice(100);
    tracker.total(3, 'Total Current', 'Current', 100);
    tracker.addInvoice(-40);

    expect(tracker.total(5, 'TOTAL', '', 60)).toBe('report');
    expect(tracker.finish().at(-1)).toEqual({
      line: 5,
      label: 'TOTAL',
      statedCents: 60,
      readCents: 60,
    });
  });

  it('checks totals stated on a group row when the group ends', () => {
    const tracker = createTotalTracker();
    tracker.startGroup(1, 'Müller GmbH', 300);
    tracker.addInvoice(100);
    tracker.addInvoice(200);
    tracker.startGroup(4, 'Café Lumière SARL', 50);
    tracker.addInvoice(40);

    expect(tracker.finish()).toEqual([
      { line: 1, label: 'Müller GmbH', statedCents: 300, readCents: 300 },
      { line: 4, label: 'Café Lumière SARL', statedCents: 50, readCents: 40 },
    ]);
  });

  it('closes a total that names nothing open over the innermost scope', () => {
    const tracker = createTotalTracker();
    tracker.startSection('Current');
    tracker.addInvoice(10);

    expect(tracker.total(3, 'Total Current items', 'Current items', 10)).toBe('section');
  });

  it('closes its scope without a check when the total states no amount', () => {
    const tracker = createTotalTracker();
    tracker.startGroup(1, 'Acme', null);
    tracker.addInvoice(10);

    expect(tracker.total(3, 'Total for Acme', 'Acme', null)).toBe('group');
    expect(tracker.finish()).toEqual([]);
  });
});
