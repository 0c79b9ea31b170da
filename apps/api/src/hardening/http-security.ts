import type { ErrorRequestHandler, RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers for everything the server sends (the API and the portal built by Vite).
 * The portal's CSP: its scripts and styles are files from this origin; Ant Design puts its CSS-in-JS
 * in <style> elements, which needs 'unsafe-inline' for styles only (scripts stay 'self'). No one may
 * frame the site (clickjacking). HSTS is sent only on requests that arrived over TLS (see `hsts`).
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * HSTS only when the request came over TLS (directly, or through a proxy trusted by TRUST_PROXY that
 * says X-Forwarded-Proto: https). On plain HTTP browsers ignore it anyway, and sending it from a
 * development or intranet HTTP deployment would only mislead.
 */
export function hsts(maxAgeSeconds = 180 * 86_400): RequestHandler {
  return (req, res, next) => {
    if (req.secure) {
      res.setHeader('Strict-Transport-Security', `max-age=${maxAgeSeconds}; includeSubDomains`);
    }
    next();
  };
}

const ALLOWED_HEADERS = 'content-type, authorization, apollo-require-preflight, x-apollo-operation-name';

/**
 * CORS from an allow-list of exact origins. With none (the default) no CORS header is ever sent,
 * so only the same origin (the portal served at /) can read responses. A preflight from an origin
 * not on the list gets 403 with no CORS headers.
 */
export function cors(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    const ok = typeof origin === 'string' && allowed.has(origin);
    if (allowed.size > 0) {
      res.vary('Origin');
    }
    if (ok) {
      res.setHeader('Access-Control-Allow-Origin', origin);
    }
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      if (!ok) {
        res.status(403).end();
        return;
      }
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      res.setHeader('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}

/**
 * Answers a request still unanswered after `ms` with 503 and a GraphQL-shaped error, so a client is
 * never left hanging on a stuck database. The work itself is not cancelled; its late answer is dropped.
 */
export function responseTimeout(ms: number): RequestHandler {
  return (_req, res, next) => {
    const timer = setTimeout(() => {
      if (!res.headersSent) {
        res.status(503).setHeader('Retry-After', '5');
        res.json({
          errors: [
            {
              message: '请求处理超时，请稍后再试',
              extensions: { code: 'INTERNAL_SERVER_ERROR', timeout: true },
            },
          ],
        });
      }
    }, ms);
    timer.unref();
    res.once('close', () => clearTimeout(timer));
    next();
  };
}

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

/**
 * Turns what the body parser and the routes throw into a GraphQL-shaped JSON answer with a code:
 * malformed JSON → 400 BAD_REQUEST, too large → 413 BAD_REQUEST, anything else → 500
 * INTERNAL_SERVER_ERROR without a stack (Express would print one as HTML outside production).
 */
export function jsonErrorHandler(
  log: (message: string, data: Record<string, unknown>) => void,
): ErrorRequestHandler {
  return (error: HttpError & Error, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = error.status ?? error.statusCode ?? 500;
    let message = '服务器内部错误';
    let code = 'INTERNAL_SERVER_ERROR';
    if (error.type === 'entity.parse.failed') {
      message = '请求体不是有效的 JSON';
      code = 'BAD_REQUEST';
    } else if (error.type === 'entity.too.large') {
      message = '请求体过大';
      code = 'BAD_REQUEST';
    } else if (status >= 400 && status < 500) {
      message = error.expose ? error.message : '请求无效';
      code = 'BAD_REQUEST';
    } else {
      log('http request failed', { error: error.stack ?? error.message });
    }
    res
      .status(status >= 400 && status < 600 ? status : 500)
      .json({ errors: [{ message, extensions: { code } }] });
  };
}
