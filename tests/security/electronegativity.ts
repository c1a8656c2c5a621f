// Runs electronegativity over the app's sources (electron/, renderer/, shared/ and package.json)
// without the network, and fails on any finding that tests/security/electronegativity-allow.json
// does not list with the reason it is fine. Run: npx tsx tests/security/electronegativity.ts
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface Finding {
  readonly check: string;
  readonly file: string;
  readonly location: string;
  readonly description: string;
}

interface Allowed {
  readonly check: string;
  readonly file: string;
  readonly why: string;
}

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const toolDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
// The check that downloads Electron's release list to look for newer security fixes.
const NETWORK_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

// Nothing may leave the machine: every outbound connection is refused and recorded. The tool
// also asks for fresh translations at start; `got` is answered here with a refusal first, so that
// request is never even tried (the bundled English texts are used).
const attempted: string[] = [];
net.Socket.prototype.connect = function refuse(this: net.Socket, ...args: unknown[]) {
  attempted.push(JSON.stringify(args[0]).slice(0, 120));
  this.destroy(new Error('electronegativity must not use the network'));
  return this;
};
const gotPath = require.resolve('got', { paths: [path.join(toolDir, 'dist/locales')] });
const refusedGot = () => Promise.reject(new Error('offline'));
require.cache[gotPath] = {
  id: gotPath,
  filename: gotPath,
  loaded: true,
  exports: Object.assign(refusedGot, { default: refusedGot }),
} as unknown as NodeJS.Module;

interface Report {
  readonly atomicChecks: number;
  readonly globalChecks: number;
  readonly issues: readonly {
    readonly id: string;
    readonly file: string;
    readonly location: { readonly line: number; readonly column: number };
    readonly description: string;
  }[];
  readonly errors: readonly {
    readonly file: string;
    readonly message: string;
    readonly tolerable?: boolean;
  }[];
}

async function scan(): Promise<{ findings: Finding[]; report: Report }> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'call-coach-electronegativity-'));
  const input = path.join(workDir, 'app');
  try {
    for (const part of ['electron', 'renderer', 'shared', 'package.json']) {
      cpSync(path.join(root, part), path.join(input, part), { recursive: true });
    }
    // The runner the CLI uses, called directly: it answers the findings as data (its -o file is
    // written after it returns, unawaited), and the CLI would fetch translations before any option.
    type Runner = (options: object, forCli: boolean) => Promise<Report>;
    const loaded = require(path.join(toolDir, 'dist/runner.js')) as { default: Runner } | Runner;
    const run = typeof loaded === 'function' ? loaded : loaded.default;
    const { version } = require('electron/package.json') as { version: string };
    const report = await run(
      {
        input,
        customScan: [],
        excludeFromScan: NETWORK_CHECKS,
        electronVersionOverride: version,
        parserPlugins: [],
        verbose: false,
      },
      false,
    );
    const findings = report.issues.map((issue) => ({
      check: issue.id,
      file: path.relative(input, issue.file) || issue.file,
      location: `${issue.location.line}:${issue.location.column}`,
      description: issue.description,
    }));
    return { findings, report };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

const allowed = JSON.parse(
  readFileSync(path.join(import.meta.dirname, 'electronegativity-allow.json'), 'utf8'),
) as Allowed[];
const isAllowed = (finding: Finding) =>
  allowed.some((entry) => entry.check === finding.check && entry.file === finding.file);

const { findings, report } = await scan();
// A file the tool could not parse is a file it did not check.
const unparsed = report.errors.filter((error) => error.tolerable !== true);
const unreviewed = findings.filter((finding) => !isAllowed(finding));
const stale = allowed.filter(
  (entry) =>
    !findings.some((finding) => finding.check === entry.check && finding.file === entry.file),
);

console.log(
  `electronegativity: ${report.atomicChecks} atomic and ${report.globalChecks} global checks; ${findings.length} findings, ${findings.length - unreviewed.length} reviewed in the allow-list.`,
);
for (const error of unparsed) console.error(`Not scanned: ${error.file}: ${error.message}`);
for (const finding of unreviewed) {
  console.error(
    `Not reviewed: ${finding.check} in ${finding.file} at ${finding.location}: ${finding.description}`,
  );
}
for (const entry of stale) {
  console.error(`Allow-list entry no longer found (remove it): ${entry.check} in ${entry.file}`);
}
if (attempted.length > 0) console.error(`Network use refused: ${attempted.join('; ')}`);
const failures = unreviewed.length + stale.length + attempted.length + unparsed.length;
process.exitCode = failures > 0 ? 1 : 0;
