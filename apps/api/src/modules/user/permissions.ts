import type { Context, Viewer } from '../../context.js';
import { forbidden, unauthenticated } from '../../errors.js';
import { Role } from './user.entity.js';

export function requireViewer(ctx: Pick<Context, 'viewer'>): Viewer {
  if (!ctx.viewer) {
    throw unauthenticated();
  }
  return ctx.viewer;
}

export function isBureau(viewer: Viewer | null): boolean {
  return viewer?.user.role === Role.BUREAU;
}

export function requireBureau(ctx: Pick<Context, 'viewer'>): Viewer {
  const viewer = requireViewer(ctx);
  if (!isBureau(viewer)) {
    throw forbidden('仅科技局工作人员可执行此操作');
  }
  return viewer;
}

/** True when the viewer acts for the organisation: an approved member of it. */
export function actsFor(viewer: Viewer | null, organizationId: string): boolean {
  return viewer?.organizationId === organizationId;
}
