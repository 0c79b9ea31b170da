import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Radio, Space, Statistic, Tag, Typography, Upload } from 'antd';
import { useMemo, useState } from 'react';
import { useMutation } from 'urql';
import { PageHeader } from '../components/page-header';
import { graphql } from '../gql';
import type { AchievementImportInput, DemandImportInput } from '../gql/graphql';
import { checkRows, chunk, type CheckedRow, type ImportKind } from '../features/importing/import-rows';
import { FileFormatError, parseImportFile } from '../features/importing/parse-file';
import { toAppError } from '../lib/errors';

const ImportAchievementsDocument = graphql(`
  mutation ImportAchievements($items: [AchievementImportInput!]!) {
    importAchievements(items: $items) {
      created
      updated
      items {
        externalId
        id
      }
      errors {
        index
        externalId
        message
      }
    }
  }
`);

const ImportDemandsDocument = graphql(`
  mutation ImportDemands($items: [DemandImportInput!]!) {
    importDemands(items: $items) {
      created
      updated
      items {
        externalId
        id
      }
      errors {
        index
        externalId
        message
      }
    }
  }
`);

type AnyInput = AchievementImportInput | DemandImportInput;
type Row = CheckedRow<AnyInput>;

interface Outcome {
  created: number;
  updated: number;
  /** Server-side problems by the file's row number. */
  rowErrors: Map<number, string[]>;
  failure: string | null;
}

const PREVIEW_LIMIT = 200;
/** Long files: the rows with problems first, so none is hidden behind the limit. */
const previewRows = (rows: Row[]) =>
  rows.length <= PREVIEW_LIMIT
    ? rows
    : [...rows.filter((row) => row.input === null), ...rows.filter((row) => row.input !== null)].slice(
        0,
        PREVIEW_LIMIT,
      );

const KIND_LABEL: Record<ImportKind, string> = { achievement: '成果', demand: '需求' };

/** Bulk import: choose a file, preview every row with its problems, then send the valid rows. */
export function ImportPage() {
  const [kind, setKind] = useState<ImportKind>('achievement');
  const [fileName, setFileName] = useState<string | null>(null);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [sending, setSending] = useState(false);
  const [, importAchievements] = useMutation(ImportAchievementsDocument);
  const [, importDemands] = useMutation(ImportDemandsDocument);

  const valid = useMemo(() => (rows ?? []).filter((row) => row.input !== null), [rows]);
  const invalidCount = (rows?.length ?? 0) - valid.length;

  const read = async (file: File, as: ImportKind) => {
    setFileError(null);
    setOutcome(null);
    setFileName(file.name);
    try {
      const parsed = await parseImportFile(file, as);
      setRows(checkRows(as, parsed.rows, parsed.firstRowNumber) as Row[]);
    } catch (error) {
      setRows(null);
      setFileError(error instanceof FileFormatError ? error.message : '文件读取失败');
    }
  };
  const send = async () => {
    setSending(true);
    const result: Outcome = { created: 0, updated: 0, rowErrors: new Map(), failure: null };
    for (const batch of chunk(valid)) {
      const items = batch.map((row) => row.input!);
      const response =
        kind === 'achievement'
          ? await importAchievements({ items: items as AchievementImportInput[] })
          : await importDemands({ items: items as DemandImportInput[] });
      if (response.error) {
        result.failure = toAppError(response.error).message;
        break;
      }
      const data =
        response.data &&
        ('importAchievements' in response.data
          ? response.data.importAchievements
          : response.data.importDemands);
      if (data) {
        result.created += data.created;
        result.updated += data.updated;
        for (const error of data.errors) {
          const row = batch[error.index];
          if (row) {
            result.rowErrors.set(row.rowNumber, [
              ...(result.rowErrors.get(row.rowNumber) ?? []),
              error.message,
            ]);
          }
        }
      }
    }
    setOutcome(result);
    setSending(false);
  };

  return (
    <>
      <PageHeader
        title="批量导入"
        description="上传高校院所成果或企业需求清单（JSON、CSV 或 Excel .xlsx）。导入的条目直接发布；按编号更新已有条目，已关闭的保持关闭。"
      />
      <Card className="import-card">
        <Form layout="vertical">
          <Form.Item label="导入类型">
            <Radio.Group
              value={kind}
              onChange={(event) => {
                const next = event.target.value as ImportKind;
                setKind(next);
                if (file) {
                  void read(file, next);
                }
              }}
              options={[
                { value: 'achievement', label: '高校院所成果' },
                { value: 'demand', label: '企业技术需求' },
              ]}
            />
          </Form.Item>
          <Form.Item
            label="选择文件"
            htmlFor="import-file"
            extra="CSV/Excel 第一行为表头，可用英文字段名（如 externalId、title）或中文列名（如 编号、成果名称）；多个值用顿号或逗号分隔。JSON 可直接使用示例数据集格式。"
          >
            <Upload.Dragger
              id="import-file"
              accept=".json,.csv,.xlsx"
              maxCount={1}
              showUploadList={false}
              beforeUpload={(chosen) => {
                setFile(chosen);
                void read(chosen, kind);
                return false;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">点击或拖拽文件到此处</p>
              <p className="ant-upload-hint">
                {fileName ? `已选择：${fileName}` : '支持 .json、.csv、.xlsx'}
              </p>
            </Upload.Dragger>
          </Form.Item>
        </Form>
        {fileError && <Alert type="error" showIcon title={fileError} role="alert" />}
      </Card>

      {rows && (
        <Card title={`预览：${rows.length} 条${KIND_LABEL[kind]}`} className="import-preview">
          <Space wrap size="large" className="import-summary">
            <Statistic title="可导入" value={valid.length} />
            <Statistic
              title="有问题"
              value={invalidCount}
              valueStyle={invalidCount > 0 ? { color: '#cf1322' } : undefined}
            />
          </Space>
          {invalidCount > 0 && (
            <Alert
              type="warning"
              showIcon
              className="page-alert"
              title={`${invalidCount} 行有问题，不会导入；修改文件后重新选择，或只导入没有问题的 ${valid.length} 行。`}
            />
          )}
          <ol className="import-rows" aria-label="逐行检查结果">
            {previewRows(rows).map((row) => {
              const problems = [...row.problems, ...(outcome?.rowErrors.get(row.rowNumber) ?? [])];
              return (
                <li
                  key={row.rowNumber}
                  className={problems.length > 0 ? 'import-row import-row--bad' : 'import-row'}
                >
                  <div className="import-row__head">
                    <Typography.Text type="secondary">第 {row.rowNumber} 行</Typography.Text>
                    <Typography.Text code>{row.externalId || '无编号'}</Typography.Text>
                    <Typography.Text className="import-row__title">
                      {row.title || '（无名称）'}
                    </Typography.Text>
                    {problems.length === 0 && <Tag color="success">{outcome ? '已导入' : '可导入'}</Tag>}
                  </div>
                  {problems.length > 0 && (
                    <ul className="problems">
                      {problems.map((problem) => (
                        <li key={problem}>{problem}</li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ol>
          {rows.length > PREVIEW_LIMIT && (
            <Typography.Paragraph type="secondary">
              只显示 {PREVIEW_LIMIT} 行（有问题的行排在前面）；有问题的行共 {invalidCount} 行。
            </Typography.Paragraph>
          )}
          <Space wrap className="import-actions">
            <Button
              type="primary"
              disabled={valid.length === 0 || sending || outcome !== null}
              loading={sending}
              onClick={send}
            >
              导入 {valid.length} 条{KIND_LABEL[kind]}
            </Button>
            {outcome && (
              <Button
                onClick={() => {
                  setRows(null);
                  setFile(null);
                  setFileName(null);
                  setOutcome(null);
                }}
              >
                导入另一个文件
              </Button>
            )}
          </Space>
          {outcome && (
            <Alert
              className="page-alert"
              role="status"
              type={outcome.failure ? 'error' : outcome.rowErrors.size > 0 ? 'warning' : 'success'}
              showIcon
              title={
                outcome.failure
                  ? `导入中断：${outcome.failure}`
                  : `导入完成：新建 ${outcome.created} 条，更新 ${outcome.updated} 条${
                      outcome.rowErrors.size > 0 ? `，${outcome.rowErrors.size} 条被服务器拒绝（见上表）` : ''
                    }`
              }
              description={
                outcome.failure ? undefined : (
                  <Typography.Text type="secondary">导入的条目已发布，并已参与匹配。</Typography.Text>
                )
              }
            />
          )}
        </Card>
      )}
    </>
  );
}
