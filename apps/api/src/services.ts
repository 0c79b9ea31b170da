import type { AlertDispatcher } from './modules/alerts/alert-dispatcher.js';
import type { MatchingService } from './modules/matching/matching.service.js';
import type { TokenSigner } from './modules/user/token-signer.js';

/** Long-lived collaborators shared by every request (built once in createServer). */
export interface Services {
  tokens: TokenSigner;
  matching: MatchingService;
  /** Alerts for newly published listings, sent after commit by the process that published. */
  alerts: AlertDispatcher;
  log: Logger;
}

export interface Logger {
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

export function createLogger(level: 'debug' | 'info' | 'warn' | 'error' | 'silent'): Logger {
  const order = ['debug', 'info', 'warn', 'error', 'silent'];
  const write = (at: string) => (message: string, data?: Record<string, unknown>) => {
    if (order.indexOf(at) >= order.indexOf(level)) {
      process.stderr.write(
        `${JSON.stringify({ time: new Date().toISOString(), level: at, message, ...data })}\n`,
      );
    }
  };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}
