import { Button } from '@mantine/core';
import type { ReactNode } from 'react';

/** The small button in a table row that ends or takes back something (a role, a key, a token, a payment). */
export function UndoInRow({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Button size="compact-xs" color="red" variant="light" onClick={onClick}>
      {children}
    </Button>
  );
}
