import { hash, verify } from '@node-rs/argon2';
import { badInput } from '../../errors.js';

let dummyHash: Promise<string> | undefined;

export function checkPasswordRules(password: string): void {
  if (password.length < 8 || password.length > 128) {
    throw badInput('密码长度须为 8–128 个字符', { field: 'password' });
  }
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) {
    throw badInput('密码须同时包含字母和数字', { field: 'password' });
  }
}

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Verifies against a dummy hash when there is no account, so timing does not tell which e-mails exist. */
export async function passwordMatches(passwordHash: string | undefined, password: string): Promise<boolean> {
  try {
    dummyHash ??= hash('no-such-account-0');
    return await verify(passwordHash ?? (await dummyHash), password);
  } catch {
    return false;
  }
}
