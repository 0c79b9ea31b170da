import { Button, Space, Typography } from 'antd';

export function Pager({
  page,
  totalCount,
  pageSize,
  hasNextPage,
  onPrev,
  onNext,
}: {
  page: number;
  totalCount: number;
  pageSize: number;
  hasNextPage: boolean;
  onPrev: () => void;
  onNext: () => void;
}) {
  const pages = Math.max(1, Math.ceil(totalCount / pageSize));
  return (
    <nav className="pager" aria-label="分页">
      <Typography.Text type="secondary">
        共 {totalCount} 条 · 第 {page}/{pages} 页
      </Typography.Text>
      <Space>
        <Button onClick={onPrev} disabled={page <= 1}>
          上一页
        </Button>
        <Button onClick={onNext} disabled={!hasNextPage}>
          下一页
        </Button>
      </Space>
    </nav>
  );
}
