import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SavedSearchFieldsFragment } from '../gql/graphql';
import { enterpriseMe } from '../testing/fixtures';
import { renderApp } from '../testing/render';
import { graphqlError, type Fixtures } from '../testing/urql';

const saved = (overrides: Partial<SavedSearchFieldsFragment> = {}): SavedSearchFieldsFragment => ({
  id: 'ss-1',
  name: '油茶保鲜成果',
  query: '山茶油 抗氧化 延长货架期',
  target: 'ACHIEVEMENT',
  industryChains: ['CAMELLIA_OIL'],
  trlMin: 5,
  trlMax: 8,
  modes: ['LICENSE'],
  threshold: 70,
  active: true,
  updatedAt: '2026-05-01T08:00:00.000Z',
  ...overrides,
});

const fixtures = (searches: SavedSearchFieldsFragment[], extra: Fixtures = {}): Fixtures => ({
  Me: { data: { me: enterpriseMe } },
  SavedSearches: { data: { savedSearches: searches } },
  AlertSettings: { data: { alertSettings: { threshold: 60, listingAlerts: true } } },
  CreateSavedSearch: ({ input }) => ({
    data: { createSavedSearch: saved({ ...(input as object), id: 'ss-new' }) },
  }),
  UpdateSavedSearch: ({ input }) => ({ data: { updateSavedSearch: saved(input as object) } }),
  ...extra,
});

async function openNewDialog() {
  fireEvent.click(await screen.findByRole('button', { name: '新建订阅' }, { timeout: 8000 }));
  return screen.findByRole('dialog');
}

const type = (dialog: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });

describe('saved-search form', () => {
  it('sends exactly the fields entered, with the default threshold 60 and empty filters', async () => {
    const view = renderApp('/alerts', fixtures([]));
    expect(await screen.findByText('还没有订阅，点击“新建订阅”开始', {}, { timeout: 8000 })).toBeTruthy();
    const dialog = await openNewDialog();
    type(dialog, '订阅名称', '  中药材烘干需求 ');
    fireEvent.click(within(dialog).getByLabelText('需求'));
    type(dialog, '搜索文字', '黄精 烘干 设备');
    type(dialog, '成熟度下限', '4');
    type(dialog, '成熟度上限', '7');
    fireEvent.click(within(dialog).getByRole('button', { name: /^保\s?存$/ }));
    await waitFor(() => expect(view.callsOf('CreateSavedSearch')).toHaveLength(1));
    expect(view.callsOf('CreateSavedSearch')[0]!.variables).toEqual({
      input: {
        name: '中药材烘干需求',
        query: '黄精 烘干 设备',
        target: 'DEMAND',
        industryChains: [],
        trlMin: 4,
        trlMax: 7,
        modes: [],
        threshold: 60,
        active: true,
      },
    });
  });

  it('edits a saved search by replacing it whole, keeping its chains and modes', async () => {
    const view = renderApp('/alerts', fixtures([saved()]));
    fireEvent.click(await screen.findByRole('button', { name: '编辑订阅“油茶保鲜成果”' }, { timeout: 8000 }));
    const dialog = await screen.findByRole('dialog');
    type(dialog, '通知阈值（0–100）', '85');
    fireEvent.click(within(dialog).getByLabelText('启用'));
    fireEvent.click(within(dialog).getByRole('button', { name: /^保\s?存$/ }));
    await waitFor(() => expect(view.callsOf('UpdateSavedSearch')).toHaveLength(1));
    expect(view.callsOf('UpdateSavedSearch')[0]!.variables).toEqual({
      id: 'ss-1',
      input: {
        name: '油茶保鲜成果',
        query: '山茶油 抗氧化 延长货架期',
        target: 'ACHIEVEMENT',
        industryChains: ['CAMELLIA_OIL'],
        trlMin: 5,
        trlMax: 8,
        modes: ['LICENSE'],
        threshold: 85,
        active: false,
      },
    });
  });

  it('refuses an empty name and sends nothing', async () => {
    const view = renderApp('/alerts', fixtures([]));
    const dialog = await openNewDialog();
    type(dialog, '订阅名称', '   ');
    type(dialog, '搜索文字', '黄精 烘干');
    fireEvent.click(within(dialog).getByRole('button', { name: /^保\s?存$/ }));
    expect(await within(dialog).findByText('请填写订阅名称')).toBeTruthy();
    expect(view.callsOf('CreateSavedSearch')).toHaveLength(0);
  });

  it('refuses a TRL range whose minimum is above its maximum and sends nothing', async () => {
    const view = renderApp('/alerts', fixtures([]));
    const dialog = await openNewDialog();
    type(dialog, '订阅名称', '油茶成果');
    type(dialog, '搜索文字', '油茶');
    type(dialog, '成熟度下限', '8');
    type(dialog, '成熟度上限', '3');
    fireEvent.click(within(dialog).getByRole('button', { name: /^保\s?存$/ }));
    expect(await within(dialog).findByText('成熟度下限不能高于上限')).toBeTruthy();
    expect(view.callsOf('CreateSavedSearch')).toHaveLength(0);
  });

  it('shows the server’s BAD_USER_INPUT problems beside the form', async () => {
    const view = renderApp(
      '/alerts',
      fixtures([], {
        CreateSavedSearch: graphqlError('BAD_USER_INPUT', '每人最多保存 50 个订阅', {
          problems: ['每人最多保存 50 个订阅，请先删除不用的订阅'],
        }),
      }),
    );
    const dialog = await openNewDialog();
    type(dialog, '订阅名称', '第 51 个');
    type(dialog, '搜索文字', '油茶');
    fireEvent.click(within(dialog).getByRole('button', { name: /^保\s?存$/ }));
    expect(await within(dialog).findByText('每人最多保存 50 个订阅，请先删除不用的订阅')).toBeTruthy();
    expect(view.callsOf('CreateSavedSearch')).toHaveLength(1);
  });
});

describe('alerts page', () => {
  it('lists my saved searches and explains and saves my alert settings', async () => {
    const view = renderApp(
      '/alerts',
      fixtures([saved()], {
        UpdateAlertSettings: ({ input }) => ({ data: { updateAlertSettings: input } }),
      }),
    );
    expect(await screen.findByText('油茶保鲜成果', {}, { timeout: 8000 })).toBeTruthy();
    expect(screen.getByText('成果')).toBeTruthy();
    expect(screen.getByText('成熟度：5–8 级 · 方式：许可')).toBeTruthy();
    expect(
      screen.getByText('当有新发布的成果或需求与您的需求/成果匹配度达到阈值时，通过消息通知提醒您。'),
    ).toBeTruthy();
    fireEvent.change(await screen.findByLabelText('提醒阈值（0–100）'), { target: { value: '75' } });
    fireEvent.click(screen.getByLabelText('发布匹配提醒'));
    fireEvent.click(screen.getByRole('button', { name: '保存提醒设置' }));
    await waitFor(() => expect(view.callsOf('UpdateAlertSettings')).toHaveLength(1));
    expect(view.callsOf('UpdateAlertSettings')[0]!.variables).toEqual({
      input: { threshold: 75, listingAlerts: false },
    });
  });

  it('deletes a saved search after confirmation', async () => {
    const view = renderApp(
      '/alerts',
      fixtures([saved()], { DeleteSavedSearch: { data: { deleteSavedSearch: 'ss-1' } } }),
    );
    fireEvent.click(await screen.findByRole('button', { name: '删除订阅“油茶保鲜成果”' }, { timeout: 8000 }));
    fireEvent.click(await screen.findByRole('button', { name: /^删\s?除$/ }));
    await waitFor(() => expect(view.callsOf('DeleteSavedSearch')).toHaveLength(1));
    expect(view.callsOf('DeleteSavedSearch')[0]!.variables).toEqual({ id: 'ss-1' });
  });

  it('explains a failed load by its code', async () => {
    renderApp('/alerts', fixtures([], { SavedSearches: graphqlError('INTERNAL_SERVER_ERROR', 'boom') }));
    expect(await screen.findByText('加载失败', {}, { timeout: 8000 })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^重\s?试$/ })).toBeTruthy();
  });
});
