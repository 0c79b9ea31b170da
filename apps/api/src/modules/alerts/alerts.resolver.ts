import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { AlertSettingsService } from './alert-settings.service.js';
import { AlertSettings, AlertSettingsInput, SavedSearchInput } from './alerts.inputs.js';
import { SavedSearch } from './saved-search.entity.js';
import { SavedSearchService } from './saved-search.service.js';

@Resolver(() => SavedSearch)
export class SavedSearchResolver {
  @Query(() => [SavedSearch], { description: '我的订阅（最新的在前）' })
  savedSearches(@Ctx() ctx: Context): Promise<SavedSearch[]> {
    return new SavedSearchService(ctx).list();
  }

  @Query(() => SavedSearch, { description: '我的一个订阅' })
  savedSearch(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<SavedSearch> {
    return new SavedSearchService(ctx).get(id);
  }

  @Mutation(() => SavedSearch, { description: '新建订阅：此后新发布的成果 / 需求达到阈值时通知我' })
  createSavedSearch(
    @Arg('input', () => SavedSearchInput) input: SavedSearchInput,
    @Ctx() ctx: Context,
  ): Promise<SavedSearch> {
    return new SavedSearchService(ctx).create(input);
  }

  @Mutation(() => SavedSearch, { description: '修改订阅（整体替换）' })
  updateSavedSearch(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => SavedSearchInput) input: SavedSearchInput,
    @Ctx() ctx: Context,
  ): Promise<SavedSearch> {
    return new SavedSearchService(ctx).update(id, input);
  }

  @Mutation(() => ID, { description: '删除订阅；返回其编号' })
  deleteSavedSearch(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return new SavedSearchService(ctx).remove(id);
  }
}

@Resolver(() => AlertSettings)
export class AlertSettingsResolver {
  @Query(() => AlertSettings, { description: '我的匹配提醒设置（本组织已发布的成果 / 需求）' })
  alertSettings(@Ctx() ctx: Context): Promise<AlertSettings> {
    return new AlertSettingsService(ctx).get();
  }

  @Mutation(() => AlertSettings, { description: '修改我的匹配提醒设置' })
  updateAlertSettings(
    @Arg('input', () => AlertSettingsInput) input: AlertSettingsInput,
    @Ctx() ctx: Context,
  ): Promise<AlertSettings> {
    return new AlertSettingsService(ctx).update(input);
  }
}
