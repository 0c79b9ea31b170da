import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from '../../services.js';
import { AuthService } from '../user/auth.service.js';
import type { TokenSigner } from '../user/token-signer.js';
import { Role } from '../user/user.entity.js';
import { toCsv, toXlsx } from './ledger-format.js';
import { LEDGER_NAMES, LedgerService, type LedgerName } from './ledger.service.js';

export interface LedgerRouteDeps {
  orm: MikroORM;
  tokens: TokenSigner;
  log: Logger;
}

const FILE = /^([a-z]+)\.(xlsx|csv)$/;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function fail(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ error: { code, message } });
}

/**
 * `GET /ledgers/<name>.(xlsx|csv)?period=2026|2026-Q1|2026-03` for the bureau (Bearer token):
 * demands, achievements, matches, contracts (台账), monthly (月调度) and quarterly (季讲评).
 * A CSV holds the first sheet of the workbook.
 */
export function registerLedgerRoutes(app: Express, deps: LedgerRouteDeps): void {
  app.get('/ledgers/:file', async (req: Request, res: Response) => {
    const match = FILE.exec(String(req.params.file));
    if (!match || !LEDGER_NAMES.includes(match[1] as LedgerName)) {
      fail(res, 404, 'NOT_FOUND', `没有该台账，可选：${LEDGER_NAMES.join('、')}`);
      return;
    }
    const em = deps.orm.em.fork();
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const viewer = token ? await new AuthService(em, deps.tokens).viewerForToken(token) : null;
    if (!viewer) {
      fail(res, 401, 'UNAUTHENTICATED', '请先登录');
      return;
    }
    if (viewer.user.role !== Role.BUREAU) {
      fail(res, 403, 'FORBIDDEN', '仅科技局工作人员可以导出台账');
      return;
    }
    const period = typeof req.query.period === 'string' && req.query.period ? req.query.period : null;
    try {
      const ledger = await new LedgerService(em).build(match[1] as LedgerName, period);
      const format = match[2] as 'xlsx' | 'csv';
      const name = `${ledger.fileName}.${format}`;
      res.setHeader(
        'content-disposition',
        `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(`${ledger.title}.${format}`)}`,
      );
      res.setHeader('cache-control', 'no-store');
      if (format === 'xlsx') {
        res.type(XLSX_TYPE).send(await toXlsx(ledger));
      } else {
        res.type('text/csv; charset=utf-8').send(toCsv(ledger.sheets[0]!));
      }
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
        fail(res, 400, 'BAD_USER_INPUT', error.message);
        return;
      }
      deps.log.error('ledger export failed', { error: String(error) });
      fail(res, 500, 'INTERNAL_SERVER_ERROR', '导出失败');
    }
  });
}
