import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import type { IndustryChain, ListingStatus, TransferMode } from '../../gql/graphql';
import { CHAIN_LABELS, MODE_LABELS, STATUS_LABELS, optionsOf } from '../../lib/labels';

export interface ListingFilterValues {
  industryChain?: IndustryChain | null;
  status?: ListingStatus | null;
  trlMin?: number | null;
  trlMax?: number | null;
  mode?: TransferMode | null;
  text?: string | null;
}

/** Chain, status, readiness range, mode and text; `showStatus` for those who see more than published. */
export function ListingFilters({
  value,
  onChange,
  showStatus,
  modeLabel,
}: {
  value: ListingFilterValues;
  onChange: (next: ListingFilterValues) => void;
  showStatus: boolean;
  modeLabel: string;
}) {
  const set = (patch: ListingFilterValues) => onChange({ ...value, ...patch });
  return (
    <Form layout="vertical" className="filters" aria-label="筛选条件">
      <Row gutter={[12, 0]}>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item label="关键词搜索" htmlFor="filter-text">
            <Input.Search
              id="filter-text"
              allowClear
              placeholder="标题、正文或关键词"
              defaultValue={value.text ?? ''}
              onSearch={(text) => set({ text: text.trim() || null })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item label="产业链" htmlFor="filter-chain">
            <Select
              id="filter-chain"
              allowClear
              placeholder="全部"
              options={optionsOf(CHAIN_LABELS)}
              value={value.industryChain ?? undefined}
              onChange={(industryChain) => set({ industryChain: industryChain ?? null })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item label={modeLabel} htmlFor="filter-mode">
            <Select
              id="filter-mode"
              allowClear
              placeholder="全部"
              options={optionsOf(MODE_LABELS)}
              value={value.mode ?? undefined}
              onChange={(mode) => set({ mode: mode ?? null })}
            />
          </Form.Item>
        </Col>
        {showStatus && (
          <Col xs={24} sm={12} lg={8}>
            <Form.Item label="状态" htmlFor="filter-status">
              <Select
                id="filter-status"
                allowClear
                placeholder="全部"
                options={optionsOf(STATUS_LABELS)}
                value={value.status ?? undefined}
                onChange={(status) => set({ status: status ?? null })}
              />
            </Form.Item>
          </Col>
        )}
        <Col xs={12} sm={6} lg={4}>
          <Form.Item label="成熟度从" htmlFor="filter-trl-min">
            <InputNumber
              id="filter-trl-min"
              min={1}
              max={9}
              placeholder="1"
              style={{ width: '100%' }}
              value={value.trlMin ?? null}
              onChange={(trlMin) => set({ trlMin: trlMin ?? null })}
            />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6} lg={4}>
          <Form.Item label="成熟度至" htmlFor="filter-trl-max">
            <InputNumber
              id="filter-trl-max"
              min={1}
              max={9}
              placeholder="9"
              style={{ width: '100%' }}
              value={value.trlMax ?? null}
              onChange={(trlMax) => set({ trlMax: trlMax ?? null })}
            />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
