import type { Client } from '@urql/core';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Provider, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { MeQuery } from '../../gql/graphql';
import { tokenStore } from '../../lib/token-store';

export const MeDocument = graphql(`
  query Me {
    me {
      id
      email
      displayName
      role
      membership
      createdAt
      organization {
        id
        name
        kind
        verified
        region
      }
    }
  }
`);

export type Me = NonNullable<MeQuery['me']>;

/** What a signed-in person may do, derived once from `me`. */
export interface Abilities {
  isBureau: boolean;
  isExpert: boolean;
  /** An approved member acting for an enterprise. */
  isEnterprise: boolean;
  /** An approved member acting for a university or institute. */
  isUniversity: boolean;
  isPending: boolean;
}

export function abilitiesOf(me: Me | null): Abilities {
  const approved = me?.role === 'MEMBER' && me.membership === 'APPROVED';
  const kind = me?.organization?.kind;
  return {
    isBureau: me?.role === 'BUREAU',
    isExpert: me?.role === 'EXPERT',
    isEnterprise: approved && kind === 'ENTERPRISE',
    isUniversity: approved && (kind === 'UNIVERSITY' || kind === 'INSTITUTE'),
    isPending: me?.role === 'MEMBER' && me.membership === 'PENDING',
  };
}

interface SessionValue {
  token: string | null;
  signIn(token: string): void;
  signOut(): void;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Holds the token and gives the tree a urql client made for it. */
export function SessionProvider({
  createClient,
  children,
}: {
  createClient: () => Client;
  children: ReactNode;
}) {
  const [token, setToken] = useState<string | null>(() => tokenStore.get());
  // A new token is a new client on purpose: nothing cached for one account is shown to the next.
  const client = useMemo(() => createClient(), [token, createClient]);
  const signIn = useCallback((next: string) => {
    tokenStore.set(next);
    setToken(next);
  }, []);
  const signOut = useCallback(() => {
    tokenStore.set(null);
    setToken(null);
  }, []);
  const value = useMemo(() => ({ token, signIn, signOut }), [token, signIn, signOut]);
  return (
    <SessionContext.Provider value={value}>
      <Provider value={client}>{children}</Provider>
    </SessionContext.Provider>
  );
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) {
    throw new Error('useSession outside SessionProvider');
  }
  return value;
}

/** The signed-in person (null while signed out), with loading and error. */
export function useMe() {
  const { token } = useSession();
  const [result, refetch] = useQuery({
    query: MeDocument,
    pause: !token,
    requestPolicy: 'cache-and-network',
  });
  const me = token ? (result.data?.me ?? null) : null;
  return {
    me,
    fetching: Boolean(token) && result.fetching && !result.data,
    error: result.error,
    abilities: abilitiesOf(me),
    refetch,
  };
}
