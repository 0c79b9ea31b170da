import type { RequestHandler } from 'express';
import { Lexer, Source, TokenKind } from 'graphql';

/** Counts lexical tokens, stopping one past the limit so a huge document costs no more than that. */
export function countTokens(source: string, stopAfter: number): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      if (++count > stopAfter) {
        break;
      }
    }
  } catch {
    // A lexical error: the parser reports it properly as GRAPHQL_PARSE_FAILED.
  }
  return count;
}

/**
 * Refuses a document of more than `maxTokens` tokens before Apollo parses it, with 400 and
 * BAD_USER_INPUT like the other limits (Apollo's own `parseOptions.maxTokens` stays on behind it, but
 * answers GRAPHQL_PARSE_FAILED). Sits after the JSON body parser; GET carries the query in the URL.
 */
export function tokenLimit(maxTokens: number): RequestHandler {
  return (req, res, next) => {
    const body = req.body as { query?: unknown } | undefined;
    const query = req.method === 'GET' ? req.query.query : body?.query;
    if (typeof query === 'string' && countTokens(query, maxTokens) > maxTokens) {
      res.status(400).json({
        errors: [
          {
            message: `查询过长：超过 ${maxTokens} 个词法单元`,
            extensions: { code: 'BAD_USER_INPUT', limit: 'tokens', maxTokens },
          },
        ],
      });
      return;
    }
    next();
  };
}
