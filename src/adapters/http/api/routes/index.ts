// Every route module of the admin API, in the order the OpenAPI document lists them.
import type { ApiRoutes } from '../api.ts';
import { analyticsRoutes } from './analytics.ts';
import { auditRoutes } from './audit.ts';
import { broadcastRoutes } from './broadcasts.ts';
import { channelRoutes } from './channels.ts';
import { keyRoutes } from './keys.ts';
import { meRoutes } from './me.ts';
import { operationsRoutes } from './operations.ts';
import { paymentRoutes } from './payments.ts';
import { peopleRoutes } from './people.ts';
import { roleRoutes } from './roles.ts';
import { sessionRoutes } from './session.ts';
import { statsRoutes } from './stats.ts';
import { vipRoutes } from './vip.ts';

export const API_ROUTES: ApiRoutes[] = [
  meRoutes,
  statsRoutes,
  peopleRoutes,
  vipRoutes,
  paymentRoutes,
  broadcastRoutes,
  channelRoutes,
  analyticsRoutes,
  auditRoutes,
  operationsRoutes,
  keyRoutes,
  roleRoutes,
  sessionRoutes,
];
