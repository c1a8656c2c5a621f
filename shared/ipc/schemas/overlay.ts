import { z } from 'zod';
import type { OverlayRequests } from '../contracts/overlay';
import { argumentList } from './common';
import type { RequestSchemas } from './request-schemas';

export const overlayRequestSchemas = {
  'overlay:state': argumentList(z.tuple([])),
  'overlay:set-click-through': argumentList(z.tuple([z.boolean()])),
} satisfies RequestSchemas<OverlayRequests>;
