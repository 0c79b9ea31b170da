import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { assignAchievementContent, achievementKind } from '../achievement/achievement-kind.js';
import type { Achievement } from '../achievement/achievement.entity.js';
import { AchievementImportInput } from '../achievement/achievement.inputs.js';
import { assignDemandContent, demandKind } from '../demand/demand-kind.js';
import type { Demand } from '../demand/demand.entity.js';
import { DemandImportInput } from '../demand/demand.inputs.js';
import { OrganizationKind } from '../organization/organization.entity.js';
import { guessInstitutionKind, importListings } from './import.service.js';
import { ImportResult } from './import.types.js';

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportResult, {
    description: '科技局批量导入成果（按 externalId 更新或新建，最多 500 条）',
  })
  importAchievements(
    @Arg('items', () => [AchievementImportInput]) items: AchievementImportInput[],
    @Ctx() ctx: Context,
  ): Promise<ImportResult> {
    return importListings<Achievement, AchievementImportInput>(
      ctx,
      {
        kind: achievementKind,
        organizationName: (item) => item.institution,
        organizationKind: guessInstitutionKind,
        assign: assignAchievementContent,
      },
      items,
    );
  }

  @Mutation(() => ImportResult, {
    description: '科技局批量导入需求（按 externalId 更新或新建，最多 500 条）',
  })
  importDemands(
    @Arg('items', () => [DemandImportInput]) items: DemandImportInput[],
    @Ctx() ctx: Context,
  ): Promise<ImportResult> {
    return importListings<Demand, DemandImportInput>(
      ctx,
      {
        kind: demandKind,
        organizationName: (item) => item.enterprise,
        organizationKind: () => OrganizationKind.ENTERPRISE,
        assign: assignDemandContent,
      },
      items,
    );
  }
}
