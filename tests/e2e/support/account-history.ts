import { createAppCore } from '../../../electron/main/app-core';
import type { AccountPick } from '../../../shared/domain/accounts';
import { addBusinessDaysTo, localDate, type IsoDate } from '../../../shared/domain/calendar';
import type { Call, CallCommand } from '../../../shared/domain/call';
import type { ImportPreview } from '../../../shared/domain/imports';
import type { Result } from '../../../shared/ipc/result';
import { createFakeHost } from '../../electron/support/fake-host';

const DAY_MS = 86_400_000;

/** The local day `days` from `now` (negative: before). */
export function dayFrom(now: number, days: number): IsoDate {
  return localDate(now + days * DAY_MS);
}

/** `YYYY-MM-DD` as a US aging report writes it: `MM/DD/YYYY`. */
function usDate(date: IsoDate): string {
  const [year, month, day] = date.split('-');
  return `${month}/${day}/${year}`;
}

export interface ReportLine {
  readonly customer: string;
  readonly invoice: string;
  readonly dueOn: IsoDate;
  readonly open: string;
}

/** An aging report in QuickBooks Online's detail layout, as of `asOf`, listing `lines`. */
export function agingReport(asOf: IsoDate, lines: readonly ReportLine[]): string {
  const [year = 0, month = 1, day = 1] = asOf.split('-').map(Number);
  const asOfWords = new Date(year, month - 1, day).toLocaleDateString('en-US', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
  });
  return [
    'Harbor Light Supply',
    'A/R Aging Detail',
    `"As of ${asOfWords}"`,
    '',
    ',Date,Transaction type,Num,Customer,Due date,Amount,Open balance',
    ...lines.map(
      (line) =>
        `,${usDate(line.dueOn)},Invoice,${line.invoice},${line.customer},${usDate(line.dueOn)},"${line.open}","${line.open}"`,
    ),
    '',
  ].join('\n');
}

function valueOf<T>(result: Result<unknown>, what: string): T {
  if (!result.ok) throw new Error(`${what} was refused: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

export const OAK = 'Oak Street Cafe';
/** The invoice the earlier call got a promise for, still open after the promise date. */
export const PROMISED_INVOICE = 'INV-1001';

/**
 * A history for Oak Street Cafe in `dataDir`, written through main's own core with its clock set
 * back: a report imported seven weeks ago, a call two weeks ago in which the customer (with us
 * since 2014) promised to pay INV-1001 a week ago. Nothing of it has been paid since.
 */
export async function seedPromiseHistory(dataDir: string, now: number): Promise<void> {
  let at = now - 49 * DAY_MS;
  const core = createAppCore({
    dataDir,
    publish: () => undefined,
    log: { error: (message, error) => console.error(message, error) },
    host: createFakeHost(),
    clock: () => at,
  });
  try {
    const report = agingReport(dayFrom(now, -50), [
      { customer: OAK, invoice: PROMISED_INVOICE, dueOn: dayFrom(now, -40), open: '$1,250.00' },
      {
        customer: 'Pinecrest Dental',
        invoice: 'INV-2001',
        dueOn: dayFrom(now, -20),
        open: '$480.00',
      },
    ]);
    const file = { name: 'aging-earlier.csv', bytesBase64: Buffer.from(report).toString('base64') };
    const preview = valueOf<ImportPreview>(
      await core.dispatch('imports:read', [file, { mapping: null, isFullReport: true }]),
      'The first report',
    );
    valueOf(await core.dispatch('imports:apply', [preview.importId]), 'Storing the first report');

    at = now - 14 * DAY_MS;
    const [oak] = valueOf<AccountPick[]>(await core.dispatch('accounts:pick', ['oak']), 'Pick');
    const call = valueOf<Call>(
      await core.dispatch('calls:start', [
        {
          playbookId: 'default-ar',
          accountId: oak!.id,
          customer: OAK,
          accountNumber: '',
          invoice: PROMISED_INVOICE,
          amountDueCents: 125_000,
          contact: 'Rosa Delgado',
          customerSince: '2014',
          dueOn: dayFrom(now, -40),
        },
      ]),
      'Starting the earlier call',
    );
    const payBy = dayFrom(now, -7);
    const commands: CallCommand[] = [
      { type: 'open-branch', branchId: 'promise-to-pay' },
      { type: 'set-field', sectionId: 'promise-to-pay', fieldId: 'amount', value: '1,250.00' },
      { type: 'set-field', sectionId: 'promise-to-pay', fieldId: 'pay-on', value: payBy },
      {
        type: 'set-field',
        sectionId: 'promise-to-pay',
        fieldId: 'invoices',
        value: PROMISED_INVOICE,
      },
      {
        type: 'end',
        closing: {
          outcomeId: 'promise-to-pay',
          outcomeLabel: 'Promise to pay',
          action: {
            what: 'Confirm the promised payment has arrived',
            dueOn: addBusinessDaysTo(payBy, 1),
          },
          followUps: [
            {
              sectionId: 'promise-to-pay',
              what: 'Confirm the promised payment has arrived',
              who: 'You',
              dueOn: payBy,
            },
          ],
        },
      },
    ];
    for (const command of commands) {
      valueOf(await core.dispatch('calls:apply', [call.id, command]), command.type);
    }
  } finally {
    await core.close();
  }
}
