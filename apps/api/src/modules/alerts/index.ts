export { AlertDelivery } from './alert-delivery.entity.js';
export { AlertDispatcher } from './alert-dispatcher.js';
export { AlertSetting } from './alert-setting.entity.js';
export { AlertSettingsResolver, SavedSearchResolver } from './alerts.resolver.js';
export { ALERT_KINDS, DEFAULT_THRESHOLD, SavedSearchTarget } from './alerts.enums.js';
export { SavedSearch } from './saved-search.entity.js';
