// The launch pack's menus as a Spanish-speaking person sees them, for the tests that check a whole screen.

/** The /diana home screen's buttons, in order. */
export const HOME_MENU_ES: readonly string[] = [
  '💋 Continuar Historia',
  '🌟 Mis Besitos',
  '🎯 Misiones',
  '🏆 Logros',
  '💎 VIP',
  '🌙 Cada día',
  '⚙️ Configuración',
];
