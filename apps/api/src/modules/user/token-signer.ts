import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Signs session ids, so a token cannot be forged without the key; the session row makes it revocable. */
export class TokenSigner {
  constructor(private readonly key: Buffer) {}

  sign(sessionId: string): string {
    return `${sessionId}.${this.mac(sessionId)}`;
  }

  /** The session id the token names, or null when the token is malformed or its signature is wrong. */
  verify(token: string): string | null {
    const [sessionId, mac, ...rest] = token.split('.');
    if (!sessionId || !mac || rest.length > 0 || !/^[0-9a-f-]{36}$/.test(sessionId)) {
      return null;
    }
    const expected = Buffer.from(this.mac(sessionId));
    const given = Buffer.from(mac);
    return expected.length === given.length && timingSafeEqual(expected, given) ? sessionId : null;
  }

  private mac(value: string): string {
    return createHmac('sha256', this.key).update(value).digest('base64url');
  }
}

/** The key from TOKEN_SECRET, or one generated once and kept in the data folder. */
export function loadTokenKey(secret: string | undefined, dataDir: string): Buffer {
  if (secret) {
    return Buffer.from(secret, 'utf8');
  }
  const file = path.resolve(dataDir, 'token-secret');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8');
}
