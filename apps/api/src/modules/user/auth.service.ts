import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../context.js';
import { retryOnUniqueViolation } from '../../db/retry.js';
import { badInput, conflict, forbidden, notFound, unauthenticated } from '../../errors.js';
import { beginLoginAttempt } from '../../hardening/login-throttle.js';
import { recordAudit } from '../audit/audit.js';
import { Organization, OrganizationKind } from '../organization/organization.entity.js';
import { checkPasswordRules, hashPassword, passwordMatches } from './passwords.js';
import { Session } from './session.entity.js';
import type { TokenSigner } from './token-signer.js';
import type { CreateAccountInput, RegisterInput } from './user.inputs.js';
import { MembershipStatus, Role, User } from './user.entity.js';

const SESSION_DAYS = 7;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,185}\.[^\s@]{2,}$/;

export function normalizeEmail(email: string): string {
  const value = email.trim().toLowerCase();
  if (value.length > 254 || !EMAIL.test(value)) {
    throw badInput('邮箱格式不正确', { field: 'email' });
  }
  return value;
}

function cleanName(value: string, field: string, label: string, max: number): string {
  const name = value.trim().replace(/\s+/g, ' ');
  if (name.length < 2 || name.length > max) {
    throw badInput(`${label}长度须为 2–${max} 个字符`, { field });
  }
  return name;
}

function snapshot(user: User) {
  return {
    email: user.email,
    role: user.role,
    organizationId: user.organization?.id ?? null,
    membership: user.membership ?? null,
  };
}

export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly signer: TokenSigner,
  ) {}

  async login(email: string, password: string): Promise<string> {
    const normalized = email.trim().toLowerCase();
    // Refused with RATE_LIMITED before the password is checked once this account or address failed too often.
    const attempt = await beginLoginAttempt(normalized);
    const user = await this.em.findOne(User, { email: normalized });
    const ok = await passwordMatches(user?.passwordHash, password);
    if (!user || !ok || user.disabled) {
      await attempt.failed();
      throw unauthenticated('邮箱或密码错误');
    }
    await attempt.succeeded();
    return this.openSession(user);
  }

  async register(input: RegisterInput): Promise<string> {
    const email = normalizeEmail(input.email);
    checkPasswordRules(input.password);
    const displayName = cleanName(input.displayName, 'displayName', '姓名', 50);
    const organizationName = cleanName(input.organizationName, 'organizationName', '组织名称', 100);
    const passwordHash = await hashPassword(input.password);

    const attempt = () =>
      this.em.transactional(async (em) => {
        if (await em.count(User, { email })) {
          throw conflict('该邮箱已注册');
        }
        let organization = await em.findOne(Organization, { name: organizationName });
        let membership = MembershipStatus.PENDING;
        if (organization && organization.kind !== (input.organizationKind as string)) {
          throw conflict('同名组织已存在且类型不同');
        }
        if (!organization) {
          organization = em.create(Organization, {
            name: organizationName,
            kind: input.organizationKind as unknown as OrganizationKind,
            verified: false,
          });
          membership = MembershipStatus.APPROVED;
          recordAudit(em, {
            actorId: null,
            entityType: 'Organization',
            entityId: organization.id,
            action: 'create',
            after: { name: organization.name, kind: organization.kind },
          });
        }
        const created = em.create(User, {
          email,
          passwordHash,
          displayName,
          role: Role.MEMBER,
          organization,
          membership,
        });
        recordAudit(em, {
          actorId: created.id,
          entityType: 'User',
          entityId: created.id,
          action: 'register',
          after: snapshot(created),
        });
        return created;
      });
    // Someone registering the same new organisation (or the same e-mail) committed meanwhile: once
    // more, now joining that organisation as pending (or told the e-mail is taken).
    const user = await retryOnUniqueViolation(attempt);
    return this.openSession(user);
  }

  async logout(viewer: Viewer): Promise<boolean> {
    await this.em.transactional(async (em) => {
      const session = await em.findOneOrFail(Session, viewer.sessionId);
      session.revokedAt = new Date();
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'Session',
        entityId: session.id,
        action: 'logout',
      });
    });
    return true;
  }

  /** The viewer a bearer token names, or null for a bad, expired or ended session. */
  async viewerForToken(token: string): Promise<Viewer | null> {
    const sessionId = this.signer.verify(token);
    if (!sessionId) {
      return null;
    }
    const session = await this.em.findOne(Session, sessionId, { populate: ['user', 'user.organization'] });
    if (!session || session.revokedAt || session.expiresAt < new Date() || session.user.disabled) {
      return null;
    }
    const user = session.user;
    const approved = user.role === Role.MEMBER && user.membership === MembershipStatus.APPROVED;
    return { user, sessionId: session.id, organizationId: approved ? (user.organization?.id ?? null) : null };
  }

  /** Approves a pending member: the bureau, or an approved member of the same organisation. */
  async setMembership(viewer: Viewer, userId: string, approve: boolean): Promise<User> {
    return this.em.transactional(async (em) => {
      const user = await em.findOne(User, userId, { populate: ['organization'] });
      if (!user || !user.organization) {
        throw notFound('该成员');
      }
      const mayDecide = viewer.user.role === Role.BUREAU || viewer.organizationId === user.organization.id;
      if (!mayDecide) {
        throw forbidden('只有科技局或该组织已认证的成员可以审核成员申请');
      }
      if (user.membership !== MembershipStatus.PENDING) {
        throw conflict('该成员申请已处理');
      }
      const before = snapshot(user);
      if (approve) {
        user.membership = MembershipStatus.APPROVED;
      } else {
        user.membership = null;
        user.organization = null;
      }
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'User',
        entityId: user.id,
        action: approve ? 'approve-membership' : 'reject-membership',
        before,
        after: snapshot(user),
      });
      return user;
    });
  }

  async pendingMembers(viewer: Viewer): Promise<User[]> {
    const where =
      viewer.user.role === Role.BUREAU
        ? { membership: MembershipStatus.PENDING }
        : viewer.organizationId
          ? { membership: MembershipStatus.PENDING, organization: viewer.organizationId }
          : null;
    if (!where) {
      return [];
    }
    return this.em.find(User, where, { populate: ['organization'], orderBy: { createdAt: 'asc' } });
  }

  /** Accounts only the bureau opens: its own staff and experts. */
  async createAccount(viewer: Viewer, input: CreateAccountInput): Promise<User> {
    if (input.role === Role.MEMBER) {
      throw badInput('组织成员请通过注册加入组织', { field: 'role' });
    }
    const email = normalizeEmail(input.email);
    checkPasswordRules(input.password);
    const displayName = cleanName(input.displayName, 'displayName', '姓名', 50);
    const passwordHash = await hashPassword(input.password);
    return this.em.transactional(async (em) => {
      if (await em.count(User, { email })) {
        throw conflict('该邮箱已注册');
      }
      const organization = input.organizationId
        ? await em.findOne(Organization, input.organizationId)
        : input.role === Role.BUREAU
          ? await em.findOne(Organization, { kind: OrganizationKind.BUREAU })
          : null;
      if (input.organizationId && !organization) {
        throw notFound('该组织');
      }
      const user = em.create(User, {
        email,
        passwordHash,
        displayName,
        role: input.role,
        organization,
        membership: organization ? MembershipStatus.APPROVED : null,
      });
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'User',
        entityId: user.id,
        action: 'create-account',
        after: snapshot(user),
      });
      return user;
    });
  }

  private async openSession(user: User): Promise<string> {
    const session = this.em.create(Session, {
      user,
      expiresAt: new Date(Date.now() + SESSION_DAYS * 86_400_000),
    });
    await this.em.persistAndFlush(session);
    return this.signer.sign(session.id);
  }
}
