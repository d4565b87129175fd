// The shape of items.yaml: everything a user can own, and what the shop asks for it.
import { z } from 'zod';

export const itemSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/, 'lowercase letters, digits and _'),
  kind: z.enum(['story_key', 'badge', 'consumable']),
  name: z.string().min(1),
  description: z.string().min(1),
  /** Besitos; 0 = not sold in the shop (granted by the story or an admin). */
  price: z.number().int().nonnegative(),
  /** Units available in total; -1 = unlimited. */
  stock: z.number().int().min(-1),
  /** Units one user may own at most. */
  per_user_limit: z.number().int().positive(),
  vip_only: z.boolean().default(false),
  /** A consumable Diana answers: each use brings her letter (a locale key) this many minutes later. */
  reply: z
    .strictObject({
      after_minutes: z.number().int().nonnegative(),
      text: z.string().regex(/^[a-zA-Z][\w-]*$/, 'a Fluent message id'),
    })
    .optional(),
});

export const itemsFileSchema = z.strictObject({
  items: z
    .array(itemSchema)
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'item ids must be unique'),
});

export type Item = z.infer<typeof itemSchema>;
export type ItemReply = NonNullable<Item['reply']>;
