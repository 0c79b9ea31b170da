export { EmailOutbox } from './email-outbox.entity.js';
export { Notification } from './notification.entity.js';
export { NotificationResolver } from './notification.resolver.js';
export { membersOf, notify, type NotificationMessage } from './notify.js';
