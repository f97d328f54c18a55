import Store from 'electron-store';

/**
 * In the desktop app preferences and window state live in electron-store
 * (in the user-data folder). The services only see conf's get/set API, which
 * electron-store shares, so the web host can inject conf instead.
 */
export function openPreferencesStore(): Store<Record<string, unknown>> {
  return new Store<Record<string, unknown>>({ name: 'preferences', clearInvalidConfig: true });
}
