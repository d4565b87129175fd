// Who is signed in, and what their role lets them do: screens show an action only to a role whose routes
// accept it (the API checks again).
import { createContext, type ReactNode, useContext } from 'react';
import { allows, type Role } from '../../src/domain/access.ts';
import type { Session } from './api.ts';

const SessionContext = createContext<Session | undefined>(undefined);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** Whether the signed-in role reaches routes that need `required`. */
export function useCan(required: Role): boolean {
  return allows(useSession().role, required);
}
