// Parameters the web chat's routes share.
import { z } from 'zod';

/** A Telegram user id, as a path parameter, in a query or in a body. */
export const telegramUserId = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 52);
