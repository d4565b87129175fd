// Every route module of the admin API, in the order the OpenAPI document lists them.
import type { ApiRoutes } from '../api.ts';
import { keyRoutes } from './keys.ts';
import { meRoutes } from './me.ts';
import { peopleRoutes } from './people.ts';

export const API_ROUTES: ApiRoutes[] = [meRoutes, peopleRoutes, keyRoutes];
