// The console's screens live at /console/<screen>; the browser's history moves between them.
import { useSyncExternalStore } from 'react';

export const BASE = '/console/';

function subscribe(listener: () => void) {
  window.addEventListener('popstate', listener);
  return () => window.removeEventListener('popstate', listener);
}

const current = () => window.location.pathname.slice(BASE.length).split('/')[0] || 'overview';

export function useScreen(): string {
  return useSyncExternalStore(subscribe, current);
}

export function go(screen: string): void {
  window.history.pushState(null, '', `${BASE}${screen}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
