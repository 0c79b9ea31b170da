import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { application, challenge, universityMe } from '../testing/brokering-fixtures';
import { bureauMe, enterpriseMe } from '../testing/fixtures';
import { renderApp } from '../testing/render';

const detail = (overrides: Parameters<typeof challenge>[0] = {}) => ({
  data: { challenge: { ...challenge(overrides), myApplication: null, milestones: [] } },
});

describe('challenge detail', () => {
  it('lets a university apply before the deadline, with its team', async () => {
    const view = renderApp('/challenges/c-1', {
      Me: { data: { me: universityMe } },
      Challenge: detail(),
      ApplyToChallenge: { data: { applyToChallenge: application({ status: 'SUBMITTED' }) } },
    });
    fireEvent.change(await screen.findByLabelText('揭榜方案概述'), { target: { value: '低温酶解提取' } });
    fireEvent.change(screen.getByLabelText('技术路线'), { target: { value: '小试、中试、放大' } });
    fireEvent.change(screen.getByLabelText('预算（万元）'), { target: { value: '110' } });
    fireEvent.change(screen.getByLabelText('进度计划'), { target: { value: '九个月' } });
    fireEvent.change(screen.getByLabelText('成员1姓名'), { target: { value: '罗晓梅' } });
    fireEvent.click(screen.getByRole('button', { name: '提交揭榜申请' }));
    await waitFor(() => expect(view.callsOf('ApplyToChallenge')).toHaveLength(1));
    expect(view.callsOf('ApplyToChallenge')[0]!.variables).toEqual({
      challengeId: 'c-1',
      input: {
        proposal: '低温酶解提取',
        approach: '小试、中试、放大',
        budgetWan: 110,
        plan: '九个月',
        members: [{ name: '罗晓梅', title: undefined, role: undefined }],
      },
    });
  });

  it('shows no application form after the deadline', async () => {
    renderApp('/challenges/c-1', {
      Me: { data: { me: universityMe } },
      Challenge: detail({ applicationDeadline: '2020-01-01T00:00:00.000Z' }),
    });
    expect(await screen.findByText('揭榜截止时间已过，不再接受申请')).toBeTruthy();
    expect(screen.queryByLabelText('揭榜方案概述')).toBeNull();
  });

  it('gives the bureau publish and return on a challenge under review', async () => {
    renderApp('/challenges/c-1', {
      Me: { data: { me: bureauMe } },
      Challenge: detail({ status: 'UNDER_REVIEW' }),
      ChallengeApplications: { data: { challengeApplications: [] } },
    });
    expect(await screen.findByRole('button', { name: '审核通过并发布' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '退回修改' })).toBeTruthy();
  });

  it('shows a rejected applicant the feedback', async () => {
    renderApp('/challenges/c-1', {
      Me: { data: { me: universityMe } },
      Challenge: {
        data: {
          challenge: {
            ...challenge({ status: 'AWARDED', winners: [{ id: 'org-x', name: '湖南医药学院' }] }),
            myApplication: application({
              status: 'REJECTED',
              feedback: '技术路线与指标差距较大',
              reviewerFeedback: ['建议补充中试数据'],
            }),
            milestones: [],
          },
        },
      },
    });
    expect(await screen.findByText('技术路线与指标差距较大')).toBeTruthy();
    expect(screen.getByText('建议补充中试数据')).toBeTruthy();
    expect(screen.getByText('未入选')).toBeTruthy();
    expect(screen.getByText('揭榜方：湖南医药学院')).toBeTruthy();
  });

  it('lets the posting enterprise submit its draft', async () => {
    const view = renderApp('/challenges/c-1', {
      Me: { data: { me: enterpriseMe } },
      Challenge: detail({ status: 'DRAFT' }),
      SubmitChallenge: { data: { submitChallenge: challenge({ status: 'UNDER_REVIEW' }) } },
    });
    fireEvent.click(await screen.findByRole('button', { name: '提交审核' }));
    await waitFor(() => expect(view.callsOf('SubmitChallenge')).toHaveLength(1));
    expect(view.callsOf('SubmitChallenge')[0]!.variables).toEqual({
      id: 'c-1',
      options: { expectedVersion: 3 },
    });
  });

  it('lets the bureau shortlist after the deadline, and asks for feedback before rejecting', async () => {
    const view = renderApp('/challenges/c-1', {
      Me: { data: { me: bureauMe } },
      Challenge: detail({ status: 'APPLICATIONS_CLOSED', applicationDeadline: '2020-01-01T00:00:00.000Z' }),
      ChallengeApplications: {
        data: { challengeApplications: [application({ status: 'SUBMITTED' })] },
      },
      ReviewAssignments: { data: { reviewAssignments: [] } },
      ChallengeRanking: { data: { challengeRanking: [] } },
      ShortlistApplication: { data: { shortlistChallengeApplication: application() } },
    });
    fireEvent.click(await screen.findByRole('button', { name: '入 围' }));
    await waitFor(() => expect(view.callsOf('ShortlistApplication')).toHaveLength(1));
    expect(view.callsOf('ShortlistApplication')[0]!.variables).toEqual({ id: 'app-1' });

    fireEvent.click(screen.getByRole('button', { name: '不予入选' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '确 定' }));
    expect(await screen.findByText('请写明不予入选的理由')).toBeTruthy();
    expect(view.callsOf('RejectApplication')).toHaveLength(0);
  });
});
