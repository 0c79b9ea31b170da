import type { TestApp } from '../../testing/index.js';
import { publishedListing, registerMember, type Member } from '../../testing/fixtures.js';

/** Test set-up for the brokering tests: parties with published listings, and direct stage forcing. */
export interface Party extends Member {
  organizationId: string;
  userId: string;
}

export async function party(app: TestApp, kind: 'ENTERPRISE' | 'UNIVERSITY'): Promise<Party> {
  const member = await registerMember(app, kind);
  const me = await app.graphql<{ me: { id: string; organization: { id: string } } }>(
    '{ me { id organization { id } } }',
    {},
    member.token,
  );
  return { ...member, organizationId: me.data!.me.organization.id, userId: me.data!.me.id };
}

export async function gql<T = Record<string, any>>(
  app: TestApp,
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<T> {
  const result = await app.graphql<T>(query, variables, token);
  if (result.errors || !result.data) {
    throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

export const pair = async (
  app: TestApp,
  bureau: string,
  enterprise: Member,
  university: Member,
  input: Record<string, unknown> = {},
) => ({
  demandId: await publishedListing(app, enterprise.token, bureau, 'Demand', input),
  achievementId: await publishedListing(app, university.token, bureau, 'Achievement', input),
});

export async function propose(
  app: TestApp,
  token: string,
  demandId: string,
  achievementId: string,
): Promise<string> {
  const data = await gql<{ proposeMatch: { id: string } }>(
    app,
    'mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }',
    { input: { demandId, achievementId } },
    token,
  );
  return data.proposeMatch.id;
}

/** Puts a match straight into a state (set-up only): stage, first interested side, no interests recorded. */
export async function forceMatch(
  app: TestApp,
  id: string,
  stage: string,
  options: { interestedSide?: string | null; enteredDaysAgo?: number } = {},
): Promise<void> {
  const connection = app.orm.em.getConnection();
  await connection.execute('delete from interest where match_id = ?', [id]);
  await connection.execute(
    `update "match" set stage = ?, interested_side = ?, version = 1, follow_up_notified_at = null,
       revealed_at = case when ? in ('MUTUAL_INTEREST', 'MEETING', 'NEGOTIATING', 'CONTRACTED') then now() end,
       stage_entered_at = now() - make_interval(days => ?) where id = ?`,
    [stage, options.interestedSide ?? null, stage, options.enteredDaysAgo ?? 0, id],
  );
}

export async function sql<T>(app: TestApp, query: string, params: unknown[] = []): Promise<T[]> {
  return app.orm.em.getConnection().execute<T[]>(query, params);
}
