import { Progress } from 'antd';
import { formatScore } from '../lib/format';

const colorOf = (score: number) => (score >= 70 ? '#389e0d' : score >= 40 ? '#1677ff' : '#d48806');

/** A match score 0–100 as a labelled bar. */
export function ScoreBar({ score }: { score: number }) {
  const value = Number(formatScore(score));
  return (
    <div className="score-bar" aria-label={`匹配度 ${value} 分`} role="group">
      <span className="score-bar__label">匹配度</span>
      <Progress percent={value} format={() => `${value} 分`} strokeColor={colorOf(value)} size="small" />
    </div>
  );
}
