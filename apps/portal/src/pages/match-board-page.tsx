import { Badge, Button, Card, Space, Switch, Typography } from 'antd';
import { useState, type DragEvent } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import { CreateMatchDialog } from '../features/brokering/create-match-dialog';
import { MatchesDocument } from '../features/brokering/documents';
import { MatchActions, MatchStepDialog } from '../features/brokering/match-actions';
import { MatchStageTag } from '../features/brokering/match-card';
import { actionForDrop, boardColumns } from '../features/brokering/pipeline';
import type { MatchAction, MatchFieldsFragment, MatchStage } from '../gql/graphql';
import { formatDate } from '../lib/format';

/** The bureau's match board: a column per stage, 待跟进 flags, buttons (or drag) to advance. */
export function MatchBoardPage() {
  const [result, refetch] = useQuery({ query: MatchesDocument, variables: { first: 100, offset: 0 } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [creating, setCreating] = useState(false);
  const [dropped, setDropped] = useState<{ match: MatchFieldsFragment; action: MatchAction } | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const onDrop = (stage: MatchStage) => (event: DragEvent) => {
    event.preventDefault();
    const id = event.dataTransfer.getData('text/plain');
    const match = result.data?.matches.find((item) => item.id === id);
    if (!match || match.stage === stage) {
      return;
    }
    const action = actionForDrop(match, stage);
    setRefused(action ? null : '这一步不能直接拖到该阶段，请用卡片上的按钮操作');
    if (action) {
      setDropped({ match, action });
    }
  };
  return (
    <>
      <PageHeader
        title="对接看板"
        description="按阶段查看全部对接。超过跟进期限的标为“待跟进”；用卡片上的按钮（或把卡片拖到下一阶段）推进。"
        extra={
          <Space wrap>
            <label className="inline-field">
              <Switch checked={overdueOnly} onChange={setOverdueOnly} aria-label="只看待跟进" />
              <span>只看待跟进</span>
            </label>
            <Button type="primary" onClick={() => setCreating(true)}>
              手工创建对接
            </Button>
          </Space>
        }
      />
      {refused && (
        <Typography.Paragraph type="warning" role="status">
          {refused}
        </Typography.Paragraph>
      )}
      <QueryState
        fetching={result.fetching}
        error={result.error}
        data={result.data?.matches}
        onRetry={reload}
      >
        {(matches) => {
          const shown = overdueOnly ? matches.filter((match) => match.overdue) : matches;
          const closed = matches.filter((match) => match.stage === 'CLOSED').length;
          return (
            <>
              <div className="board" aria-label="对接看板">
                {boardColumns(shown).map((column) => (
                  <section
                    key={column.stage}
                    className="board__column"
                    aria-label={column.title}
                    onDragOver={(event) => event.preventDefault()}
                    onDrop={onDrop(column.stage)}
                  >
                    <header className="board__column-head">
                      <Typography.Text strong>{column.title}</Typography.Text>
                      <Space size={4}>
                        <Badge count={column.matches.length} showZero color="#1f5fbf" />
                        {column.overdue > 0 && <Badge count={`待跟进 ${column.overdue}`} color="#cf1322" />}
                      </Space>
                    </header>
                    {column.matches.length === 0 ? (
                      <Typography.Text type="secondary" className="board__empty">
                        暂无
                      </Typography.Text>
                    ) : (
                      column.matches.map((match) => (
                        <Card
                          key={match.id}
                          size="small"
                          className={`board__card${match.overdue ? ' board__card--overdue' : ''}`}
                          draggable
                          onDragStart={(event) => event.dataTransfer.setData('text/plain', match.id)}
                        >
                          <Link to={`/matches/${match.id}`} className="board__card-title">
                            {match.demand.title}
                          </Link>
                          <Typography.Text type="secondary" className="board__card-line">
                            {match.demand.enterprise} ⇄ {match.achievement.institution}
                          </Typography.Text>
                          <Typography.Text type="secondary" className="board__card-line">
                            成果：{match.achievement.title}
                          </Typography.Text>
                          <Typography.Text type="secondary" className="board__card-line">
                            {formatDate(match.stageEnteredAt)} 进入本阶段
                          </Typography.Text>
                          <MatchStageTag stage={match.stage} overdue={match.overdue} />
                          <div className="board__card-actions">
                            <MatchActions match={match} bureau onChanged={reload} size="small" />
                          </div>
                        </Card>
                      ))
                    )}
                  </section>
                ))}
              </div>
              <Typography.Paragraph type="secondary" className="board__closed">
                另有已关闭的对接 {closed} 个。
              </Typography.Paragraph>
            </>
          );
        }}
      </QueryState>
      {dropped && (
        <MatchStepDialog
          match={dropped.match}
          action={dropped.action}
          bureau
          onClose={() => setDropped(null)}
          onDone={reload}
        />
      )}
      <CreateMatchDialog open={creating} onClose={() => setCreating(false)} onDone={reload} />
    </>
  );
}
