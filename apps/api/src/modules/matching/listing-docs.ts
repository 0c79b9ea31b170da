import type { Connection } from '@mikro-orm/core';
import type { AchievementDoc, DemandDoc } from '@ttp/matching';
import type { Achievement } from '../achievement/achievement.entity.js';
import type { Demand } from '../demand/demand.entity.js';

export function achievementDoc(a: Achievement): AchievementDoc {
  return {
    id: a.id,
    title: a.title,
    summary: a.summary,
    keywords: a.keywords,
    industryChain: a.industryChain,
    trl: a.trl ?? null,
    transferModes: a.transferModes,
    askingPriceWan: a.askingPriceWan ?? null,
  };
}

export function demandDoc(d: Demand): DemandDoc {
  return {
    id: d.id,
    title: d.title,
    description: d.description,
    keywords: d.keywords,
    industryChain: d.industryChain,
    minTrl: d.minTrl ?? null,
    budgetWan: d.budgetWan ?? null,
    cooperationModes: d.cooperationModes,
    deadline: d.deadline ?? null,
  };
}

interface Page<D> {
  sql: string;
  toDoc: (row: Record<string, unknown>) => D;
}

const ACHIEVEMENTS: Page<AchievementDoc> = {
  sql: `select id, title, summary, keywords, industry_chain, trl, transfer_modes,
               asking_price_wan::float8 as asking_price_wan
        from achievement where status = 'PUBLISHED' and id > ? order by id limit ?`,
  toDoc: (row) => ({
    id: row.id as string,
    title: row.title as string,
    summary: row.summary as string,
    keywords: row.keywords as string[],
    industryChain: row.industry_chain as AchievementDoc['industryChain'],
    trl: row.trl as number | null,
    transferModes: row.transfer_modes as AchievementDoc['transferModes'],
    askingPriceWan: row.asking_price_wan as number | null,
  }),
};

const DEMANDS: Page<DemandDoc> = {
  sql: `select id, title, description, keywords, industry_chain, min_trl, budget_wan::float8 as budget_wan,
               cooperation_modes, deadline::text as deadline
        from demand where status = 'PUBLISHED' and id > ? order by id limit ?`,
  toDoc: (row) => ({
    id: row.id as string,
    title: row.title as string,
    description: row.description as string,
    keywords: row.keywords as string[],
    industryChain: row.industry_chain as DemandDoc['industryChain'],
    minTrl: row.min_trl as number | null,
    budgetWan: row.budget_wan as number | null,
    cooperationModes: row.cooperation_modes as DemandDoc['cooperationModes'],
    deadline: row.deadline as string | null,
  }),
};

/**
 * Every published listing of a kind as a document, read in pages of `batch` rows with plain SQL (the
 * same documents as `achievementDoc` / `demandDoc` of the entities, tested): at 100k listings reading
 * them as entities took about four times as long as the rows.
 */
export async function publishedDocs<K extends 'achievement' | 'demand'>(
  connection: Connection,
  kind: K,
  batch: number,
): Promise<(K extends 'achievement' ? AchievementDoc : DemandDoc)[]> {
  const page = (kind === 'achievement' ? ACHIEVEMENTS : DEMANDS) as Page<
    K extends 'achievement' ? AchievementDoc : DemandDoc
  >;
  const docs: (K extends 'achievement' ? AchievementDoc : DemandDoc)[] = [];
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await connection.execute<Record<string, unknown>[]>(page.sql, [after, batch]);
    docs.push(...rows.map(page.toDoc));
    if (rows.length < batch) {
      return docs;
    }
    after = rows[rows.length - 1]!.id as string;
  }
}
