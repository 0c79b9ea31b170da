import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { BREAK, type DocumentNode, type GraphQLError, visit } from 'graphql';
import type { Context } from '../context.js';
import { appError } from '../errors.js';
import { analyzeOperation, type QueryLimits } from './query-cost.js';
import { rateLimited } from './rate-limited.js';
import type { RateStore } from './rate-store.js';
import { currentRequestScope } from './request-scope.js';

export interface QueryBudgets {
  /** Cost points a signed-in user may spend per window. */
  userCostPerWindow: number;
  /** Cost points one address may spend per window without signing in (many people share one NAT). */
  anonymousCostPerWindow: number;
  windowMs: number;
}

export interface QueryLimitsOptions extends QueryLimits {
  budgets: QueryBudgets;
  store: RateStore;
}

const BAD_REQUEST_HTTP = { status: 400, headers: new HeaderMap() };

const overLimit = (message: string, extensions: Record<string, unknown>): GraphQLError =>
  appError('BAD_USER_INPUT', message, { ...extensions, http: BAD_REQUEST_HTTP });

// U+0000, or half of a surrogate pair: text that is not well-formed Unicode.
// eslint-disable-next-line no-control-regex -- U+0000 is exactly what this looks for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether any string in the variables or the document's literals is text PostgreSQL cannot store. */
function holdsUnstorableText(variables: unknown, document: DocumentNode): boolean {
  const inValue = (value: unknown): boolean =>
    typeof value === 'string'
      ? UNSTORABLE.test(value)
      : Array.isArray(value)
        ? value.some(inValue)
        : value !== null && typeof value === 'object'
          ? Object.values(value).some(inValue)
          : false;
  if (inValue(variables)) {
    return true;
  }
  let found = false;
  visit(document, {
    StringValue(node) {
      if (UNSTORABLE.test(node.value)) {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Refuses a query that is too big before anything runs (depth, aliases, `first` and cost, once the
 * operation is known, variables included; tokens are counted before parsing by `tokenLimit`), then charges its cost to the
 * viewer's budget for the window (the address's when anonymous). Over a limit → BAD_USER_INPUT with
 * the numbers in extensions (text PostgreSQL cannot store, too: U+0000, lone surrogates); over the budget → RATE_LIMITED with retryAfterSeconds and Retry-After.
 */
export function queryLimitsPlugin(options: QueryLimitsOptions): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) {
            return; // Apollo has already answered OPERATION_RESOLUTION_FAILURE
          }
          // PostgreSQL cannot store U+0000 or a lone surrogate: refuse them here, not in the database.
          if (holdsUnstorableText(request.variables, document)) {
            throw overLimit('文本含有无效字符（空字符或不成对的代理项）', { limit: 'text' });
          }
          const analysis = analyzeOperation(schema, document, operation, request.variables ?? {}, options);
          const numbers = { cost: analysis.cost, maxCost: options.maxCost };
          const bad = analysis.badFirst[0];
          if (bad) {
            throw overLimit(`参数 first 须在 0–${options.maxFirst} 之间（${bad.path}: ${bad.value}）`, {
              ...numbers,
              limit: 'first',
              field: bad.path,
              maxFirst: options.maxFirst,
            });
          }
          if (analysis.depth > options.maxDepth) {
            throw overLimit(`查询嵌套过深：${analysis.depth} 层，上限 ${options.maxDepth} 层`, {
              ...numbers,
              limit: 'depth',
              depth: analysis.depth,
              maxDepth: options.maxDepth,
            });
          }
          if (analysis.aliases > options.maxAliases) {
            throw overLimit(`查询别名过多：${analysis.aliases} 个，上限 ${options.maxAliases} 个`, {
              ...numbers,
              limit: 'aliases',
              aliases: analysis.aliases,
              maxAliases: options.maxAliases,
            });
          }
          if (analysis.cost > options.maxCost) {
            throw overLimit(`查询代价过高：${analysis.cost}，上限 ${options.maxCost}`, {
              ...numbers,
              limit: 'cost',
            });
          }
          const viewer = contextValue.viewer;
          const scope = currentRequestScope();
          if (!viewer && !scope) {
            return; // in-process executeOperation: no client to charge
          }
          const { budgets } = options;
          const [key, budget] = viewer
            ? [`cost:user:${viewer.user.id}`, budgets.userCostPerWindow]
            : [`cost:address:${scope!.clientAddress}`, budgets.anonymousCostPerWindow];
          const charged = await options.store.consume(key, analysis.cost, budget, budgets.windowMs);
          if (!charged.allowed) {
            throw rateLimited('请求过于频繁，请稍后再试', charged.resetInMs, {
              cost: analysis.cost,
              budget,
              used: charged.used,
            });
          }
        },
      };
    },
  };
}
