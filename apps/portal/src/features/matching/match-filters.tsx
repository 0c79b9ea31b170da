import { Form, InputNumber, Select } from 'antd';
import type { IndustryChain } from '../../gql/graphql';
import { CHAIN_LABELS, optionsOf } from '../../lib/labels';

export interface MatchFilterValues {
  industryChains: IndustryChain[];
  minScore: number | null;
}

export function MatchFilters({
  value,
  onChange,
}: {
  value: MatchFilterValues;
  onChange: (next: MatchFilterValues) => void;
}) {
  return (
    <Form layout="inline" className="filters" aria-label="推荐筛选">
      <Form.Item label="产业链" htmlFor="match-chains">
        <Select
          id="match-chains"
          mode="multiple"
          allowClear
          placeholder="全部产业链"
          options={optionsOf(CHAIN_LABELS)}
          value={value.industryChains}
          onChange={(industryChains) => onChange({ ...value, industryChains })}
          style={{ minWidth: 200 }}
        />
      </Form.Item>
      <Form.Item label="最低匹配度" htmlFor="match-min-score">
        <InputNumber
          id="match-min-score"
          min={0}
          max={100}
          step={10}
          placeholder="0–100"
          value={value.minScore}
          onChange={(minScore) => onChange({ ...value, minScore: minScore ?? null })}
        />
      </Form.Item>
    </Form>
  );
}
