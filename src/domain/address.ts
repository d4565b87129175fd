// How Lucien addresses a person: as señor, as señora, or in neutral wording. Chosen by the person (at the start
// or in ⚙️ Configuración); neutral until then. Every locale string that would otherwise pick a gender selects on
// the `address` argument, which the bot passes to every text.
export const ADDRESSES = ['senor', 'senora', 'neutral'] as const;
export type Address = (typeof ADDRESSES)[number];

export function isAddress(value: string): value is Address {
  return (ADDRESSES as readonly string[]).includes(value);
}

export function addressOf(stored: string | null | undefined): Address {
  return stored && isAddress(stored) ? stored : 'neutral';
}
