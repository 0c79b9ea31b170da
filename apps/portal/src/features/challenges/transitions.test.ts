import { describe, expect, it } from 'vitest';
import { applicationOpen, challengeActions, needsReason, weightedScore } from './transitions';

const now = new Date('2026-11-28T10:00:00Z');
const at = (status: Parameters<typeof challengeActions>[0]['status'], deadline = '2026-12-10T10:00:00Z') => ({
  status,
  postedByBureau: false,
  applicationDeadline: deadline,
});

describe('challenge lifecycle buttons', () => {
  it('lets the posting enterprise submit a draft and withdraw it while under review', () => {
    const owner = { owner: true, bureau: false };
    expect(challengeActions(at('DRAFT'), owner, now)).toEqual(['submit', 'cancel']);
    expect(challengeActions(at('UNDER_REVIEW'), owner, now)).toEqual(['withdraw', 'cancel']);
    expect(challengeActions(at('PUBLISHED'), owner, now)).toEqual([]);
  });

  it('lets the bureau publish or return what is under review, but not publish an enterprise draft', () => {
    const bureau = { owner: false, bureau: true };
    expect(challengeActions(at('UNDER_REVIEW'), bureau, now)).toEqual(['publish', 'return', 'cancel']);
    expect(challengeActions(at('DRAFT'), bureau, now)).toEqual(['cancel']);
    expect(challengeActions({ ...at('DRAFT'), postedByBureau: true }, bureau, now)).toContain('publish');
  });

  it('offers to close applications only once the deadline has passed', () => {
    const bureau = { owner: false, bureau: true };
    expect(challengeActions(at('PUBLISHED'), bureau, now)).not.toContain('closeApplications');
    expect(challengeActions(at('PUBLISHED', '2026-11-27T10:00:00Z'), bureau, now)).toContain(
      'closeApplications',
    );
    expect(challengeActions(at('IN_PROGRESS'), bureau, now)).toEqual(['complete', 'fail']);
  });

  it('asks for a reason to return, to fail, and to cancel a published challenge', () => {
    expect(needsReason('return', 'UNDER_REVIEW')).toBe(true);
    expect(needsReason('fail', 'IN_PROGRESS')).toBe(true);
    expect(needsReason('cancel', 'PUBLISHED')).toBe(true);
    expect(needsReason('cancel', 'DRAFT')).toBe(false);
    expect(needsReason('publish', 'UNDER_REVIEW')).toBe(false);
  });

  it('keeps applications open only while published and before the deadline', () => {
    expect(applicationOpen(at('PUBLISHED'), now)).toBe(true);
    expect(applicationOpen(at('PUBLISHED', '2026-11-28T09:59:00Z'), now)).toBe(false);
    expect(applicationOpen(at('APPLICATIONS_CLOSED'), now)).toBe(false);
  });

  it('weights the scores by the criteria', () => {
    const criteria = [
      { name: '技术可行性', weight: 40 },
      { name: '团队能力', weight: 25 },
      { name: '预算合理性', weight: 20 },
      { name: '进度安排', weight: 15 },
    ];
    expect(weightedScore(criteria, { 技术可行性: 90, 团队能力: 80, 预算合理性: 70, 进度安排: 80 })).toBe(82);
    expect(weightedScore(criteria, { 技术可行性: 90 })).toBeNull();
  });
});
