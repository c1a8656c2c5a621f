import type { z } from 'zod';
import type { Requests } from './contract';
import { accountsRequestSchemas } from './schemas/accounts';
import { appRequestSchemas } from './schemas/app';
import { callsRequestSchemas } from './schemas/calls';
import { exportsRequestSchemas } from './schemas/exports';
import { importsRequestSchemas } from './schemas/imports';
import { overlayRequestSchemas } from './schemas/overlay';
import { playbooksRequestSchemas } from './schemas/playbooks';
import type { RequestSchemas } from './schemas/request-schemas';
import { retentionRequestSchemas } from './schemas/retention';
import { settingsRequestSchemas } from './schemas/settings';
import { worklistRequestSchemas } from './schemas/worklist';

// Validation lives here, at the boundary main guards, and not in the domain: the renderer and
// the preload import the domain and should not carry zod. One file per domain in schemas/.

export { callCommandSchema, startCallInputSchema } from './schemas/calls';
export { settingsPatchSchema } from './schemas/settings';

/** The argument list of every request, checked in main before any handler runs. */
export const requestSchemas = {
  ...appRequestSchemas,
  ...callsRequestSchemas,
  ...accountsRequestSchemas,
  ...importsRequestSchemas,
  ...exportsRequestSchemas,
  ...playbooksRequestSchemas,
  ...settingsRequestSchemas,
  ...overlayRequestSchemas,
  ...worklistRequestSchemas,
  ...retentionRequestSchemas,
} satisfies RequestSchemas<Requests>;

/** `0.customer: Too small: expected string to have >=1 characters` */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(arguments)'}: ${issue.message}`);
}
