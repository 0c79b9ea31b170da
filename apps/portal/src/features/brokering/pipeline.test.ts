import { describe, expect, it } from 'vitest';
import { match } from '../../testing/brokering-fixtures';
import { actionForDrop, actionsFor, boardColumns, pendingSide } from './pipeline';

describe('the match board', () => {
  it('puts each match in its stage column, overdue ones first, and counts the 待跟进 per column', () => {
    const columns = boardColumns([
      match({ id: 'a', stage: 'MEETING', stageEnteredAt: '2026-10-01T00:00:00Z' }),
      match({ id: 'b', stage: 'MEETING', overdue: true, stageEnteredAt: '2026-11-01T00:00:00Z' }),
      match({ id: 'c', stage: 'PROPOSED' }),
      match({ id: 'd', stage: 'CLOSED' }),
    ]);
    expect(columns.map((column) => column.title)).toEqual([
      '已推荐',
      '一方有意向',
      '双方有意向',
      '洽谈会面',
      '合同谈判',
      '已签约',
    ]);
    const meeting = columns.find((column) => column.stage === 'MEETING')!;
    expect(meeting.matches.map((item) => item.id)).toEqual(['b', 'a']);
    expect(meeting.overdue).toBe(1);
    expect(columns.flatMap((column) => column.matches).map((item) => item.id)).not.toContain('d');
  });

  it('offers the bureau a contract from mutual interest on, though the API does not list it', () => {
    const mutual = match({ stage: 'MUTUAL_INTEREST', availableActions: ['MEET', 'CLOSE'] });
    expect(actionsFor(mutual, true)).toEqual(['MEET', 'CONTRACT', 'CLOSE']);
    expect(actionsFor(mutual, false)).toEqual(['MEET', 'CLOSE']);
    expect(actionsFor(match({ stage: 'INTERESTED', availableActions: ['INTEREST'] }), true)).toEqual([
      'INTEREST',
    ]);
  });

  it('turns a drop on the next column into that step, and refuses skipping stages', () => {
    const mutual = match({ stage: 'MUTUAL_INTEREST', availableActions: ['MEET', 'CLOSE'] });
    expect(actionForDrop(mutual, 'MEETING')).toBe('MEET');
    expect(actionForDrop(mutual, 'CONTRACTED')).toBe('CONTRACT');
    expect(actionForDrop(mutual, 'NEGOTIATING')).toBeNull();
    expect(actionForDrop(mutual, 'MUTUAL_INTEREST')).toBeNull();
    const proposed = match({ stage: 'PROPOSED', availableActions: ['INTEREST', 'CLOSE'] });
    expect(actionForDrop(proposed, 'INTERESTED')).toBe('INTEREST');
    expect(actionForDrop(proposed, 'MUTUAL_INTEREST')).toBeNull();
  });

  it('knows which side the bureau records interest for next', () => {
    expect(pendingSide(match({ stage: 'INTERESTED', interestedSide: 'DEMAND' }))).toBe('ACHIEVEMENT');
    expect(pendingSide(match({ stage: 'PROPOSED', interestedSide: null }))).toBeNull();
  });
});
