import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { assignment, expertMe } from '../testing/brokering-fixtures';
import { renderApp } from '../testing/render';
import { graphqlError } from '../testing/urql';

describe('expert scoring form', () => {
  it('previews the weighted score and sends one score per criterion', async () => {
    const view = renderApp('/reviews/ra-1', {
      Me: { data: { me: expertMe } },
      ReviewAssignment: { data: { reviewAssignment: assignment() } },
      SubmitReview: { data: { submitReview: assignment() } },
      ReviewAssignments: { data: { reviewAssignments: [] } },
    });
    const scores = { 技术可行性: '90', 团队能力: '80', 预算合理性: '70', 进度安排: '80' };
    const weights = { 技术可行性: 40, 团队能力: 25, 预算合理性: 20, 进度安排: 15 };
    for (const [name, value] of Object.entries(scores)) {
      fireEvent.change(
        await screen.findByLabelText(`${name}（权重 ${weights[name as keyof typeof weights]}%）`),
        {
          target: { value },
        },
      );
    }
    expect(await screen.findByText('82.00')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('给申请方的反馈（结果公布后申请方可见）'), {
      target: { value: '建议补充中试设备清单' },
    });
    fireEvent.click(screen.getByRole('button', { name: '提交评分' }));
    await waitFor(() => expect(view.callsOf('SubmitReview')).toHaveLength(1));
    expect(view.callsOf('SubmitReview')[0]!.variables).toEqual({
      assignmentId: 'ra-1',
      input: {
        scores: [
          { criterion: '技术可行性', score: 90 },
          { criterion: '团队能力', score: 80 },
          { criterion: '预算合理性', score: 70 },
          { criterion: '进度安排', score: 80 },
        ],
        internalComment: undefined,
        applicantFeedback: '建议补充中试设备清单',
      },
    });
  });

  it('tells an expert reading another’s assignment that it is not theirs', async () => {
    renderApp('/reviews/ra-2', {
      Me: { data: { me: expertMe } },
      ReviewAssignment: graphqlError('FORBIDDEN', '不是您的评审任务'),
    });
    expect(await screen.findByText('无权访问')).toBeTruthy();
  });
});
