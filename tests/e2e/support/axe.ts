import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');

/** The rule sets the app is held to: WCAG 2.1 A and AA, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly helpUrl: string;
  readonly nodes: readonly {
    readonly target: readonly unknown[];
    readonly failureSummary?: string;
  }[];
}

/**
 * Runs axe-core over the whole page as it is now and returns what it found wrong.
 * The page's context must bypass CSP (see `openPage`), or the injected script is refused.
 */
export async function findAxeViolations(page: Page): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) {
    try {
      await page.addScriptTag({ path: AXE_SCRIPT });
    } catch (error) {
      throw new Error(
        'axe-core could not be injected. The app forbids inline script, so open the page with ' +
          '`openPage(browser, { bypassCSP: true })` for accessibility checks.',
        { cause: error },
      );
    }
  }
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }>;
        };
      }
    ).axe;
    const results = await axe.run(document, { runOnly: tags });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target,
        failureSummary: node.failureSummary,
      })),
    }));
  }, AXE_TAGS);
}

/** A readable list of violations: rule id, what it means, and the elements at fault. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((violation) => {
      const targets = violation.nodes.map(
        (node) =>
          `    - ${JSON.stringify(node.target)}${node.failureSummary ? `\n      ${node.failureSummary.replaceAll('\n', '\n      ')}` : ''}`,
      );
      return `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n  ${violation.helpUrl}\n${targets.join('\n')}`;
    })
    .join('\n');
}
