import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { tokenStore } from './token-store';

/** One client per session: a new token means a new client, so nothing cached leaks across accounts. */
export function createUrqlClient(url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    requestPolicy: 'cache-and-network',
    // POST only: Apollo Server's CSRF prevention refuses simple GET requests without a preflight header.
    preferGetMethod: false,
    fetchOptions: (): RequestInit => {
      const token = tokenStore.get();
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      return { headers };
    },
  });
}
