import { z } from 'zod';
import { PLAYBOOK_FILE_MAX_BYTES } from '../../domain/playbook';
import type { PlaybooksRequests } from '../contracts/playbooks';
import { argumentList, id } from './common';
import type { RequestSchemas } from './request-schemas';

export const playbooksRequestSchemas = {
  'playbooks:list': argumentList(z.tuple([])),
  'playbooks:get': argumentList(z.tuple([id, z.number().int().min(1)])),
  // Characters, not bytes: a generous bound that still stops a runaway file at the door.
  'playbooks:import': argumentList(z.tuple([z.string().max(PLAYBOOK_FILE_MAX_BYTES)])),
  'playbooks:export': argumentList(z.tuple([id])),
} satisfies RequestSchemas<PlaybooksRequests>;
