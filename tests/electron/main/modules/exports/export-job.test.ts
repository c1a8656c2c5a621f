import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import { parse } from 'csv-parse/sync';
import fs from 'node:fs';
import path from 'node:path';
import { createCallRepository } from '../../../../../electron/main/modules/calls/call-repository';
import {
  createExportJob,
  type ExportControl,
} from '../../../../../electron/main/modules/exports/export-job';
import { ImportCancelledError } from '../../../../../electron/main/modules/imports/aging-report/errors';
import { migrate } from '../../../../../electron/main/storage/migrations';
import { buildEndedCall, T0 } from '../../../../support/builders';
import { tempDirs } from '../../../../support/temp-dir';

const dirs = tempDirs();
const EVERY_CALL = { kind: 'range', from: '2000-01-01', to: '2999-12-31' } as const;
let db: DatabaseSyncInstance;

beforeEach(() => {
  db = new DatabaseSync(path.join(dirs.make(), 'calls.db'));
  migrate(db);
});

afterEach(() => {
  db.close();
  dirs.cleanup();
});

/** `count` ended calls, a minute apart, `call-1` the oldest. */
function storeCalls(count: number): void {
  const calls = createCallRepository(db, () => T0);
  db.exec('BEGIN');
  for (let index = 1; index <= count; index++) calls.insert(buildEndedCall(`call-${index}`, index));
  db.exec('COMMIT');
}

function control(overrides: Partial<ExportControl> = {}) {
  const reports: [number, number][] = [];
  return {
    reports,
    control: {
      isCancelled: () => false,
      progress: (done: number, total: number) => void reports.push([done, total]),
      ...overrides,
    } satisfies ExportControl,
  };
}

describe('the export job', () => {
  it('pages through every call in batches, newest first, reporting each batch', () => {
    storeCalls(2_500);
    const { control: watched, reports } = control();
    const file = path.join(dirs.make(), 'all.csv');

    const result = createExportJob(db)(
      { scope: EVERY_CALL, format: 'csv', target: { path: file } },
      watched,
    );

    expect(result).toEqual({ kind: 'written', count: 2_500 });
    const ids = parse(fs.readFileSync(file, 'utf8'), { bom: true, from_line: 2 }).map(
      (row) => row[0],
    );
    expect(ids).toHaveLength(2_500);
    expect(ids.slice(0, 2)).toEqual(['call-2500', 'call-2499']);
    expect(ids.at(-1)).toBe('call-1');
    expect(reports).toEqual([
      [0, 2_500],
      [1_000, 2_500],
      [2_000, 2_500],
      [2_500, 2_500],
    ]);
  });

  it('stops when cancelled, leaving a file already there as it was', () => {
    storeCalls(1_500);
    const file = path.join(dirs.make(), 'calls.csv');
    fs.writeFileSync(file, 'the export before');
    let batches = 0;
    const { control: cancelling } = control({
      isCancelled: () => batches > 0,
      progress: () => void (batches += 1),
    });

    expect(() =>
      createExportJob(db)({ scope: EVERY_CALL, format: 'csv', target: { path: file } }, cancelling),
    ).toThrow(ImportCancelledError);
    expect(fs.readFileSync(file, 'utf8')).toBe('the export before');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['calls.csv']);
  });

  it('answers the text instead of writing a file when asked for content', () => {
    storeCalls(3);

    const result = createExportJob(db)(
      { scope: { kind: 'calls', callIds: ['call-2'] }, format: 'json', target: 'content' },
      control().control,
    );

    expect(result).toMatchObject({ kind: 'content', count: 1 });
    const rows = JSON.parse(result.kind === 'content' ? result.text : '') as { call_id: string }[];
    expect(rows.map((row) => row.call_id)).toEqual(['call-2']);
  });

  it('says the file is a folder rather than failing', () => {
    storeCalls(1);
    const folder = dirs.make();

    const result = createExportJob(db)(
      { scope: EVERY_CALL, format: 'csv', target: { path: folder } },
      control().control,
    );

    expect(result).toMatchObject({ kind: 'unwritable' });
  });
});
