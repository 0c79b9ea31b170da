import type { ImportKind, RawRow } from './import-rows';

export interface ParsedFile {
  rows: RawRow[];
  /** Row number of the first data row in the file (2 after a header row, 1 for JSON items). */
  firstRowNumber: number;
}

export class FileFormatError extends Error {}

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF; a UTF-8 BOM is dropped. */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') {
        i += 1;
      }
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
}

function tableToRows(table: unknown[][]): RawRow[] {
  const [header, ...body] = table;
  if (!header) {
    throw new FileFormatError('文件是空的');
  }
  const names = header.map((cell) => String(cell ?? '').trim());
  return body.map((cells) => Object.fromEntries(names.map((name, index) => [name, cells[index] ?? null])));
}

/** JSON: the example-set object ({ achievements: [...], demands: [...] }) or a plain array of items. */
export function parseJson(text: string, kind: ImportKind): ParsedFile {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new FileFormatError('JSON 格式有误，无法解析');
  }
  const key = kind === 'achievement' ? 'achievements' : 'demands';
  const items = Array.isArray(value) ? value : (value as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(items)) {
    throw new FileFormatError(`JSON 中没有找到 ${key} 数组`);
  }
  return {
    rows: items.map((item) => (typeof item === 'object' && item ? (item as RawRow) : {})),
    firstRowNumber: 1,
  };
}

type CellValue = unknown;

/** Plain value of an exceljs cell: rich text, hyperlinks and formulas reduced to what they show. */
function cellValue(value: CellValue): unknown {
  if (value === null || value === undefined) {
    return null;
  }
  if (value instanceof Date || typeof value !== 'object') {
    return value;
  }
  const object = value as { richText?: { text: string }[]; text?: unknown; result?: unknown };
  if (object.richText) {
    return object.richText.map((part) => part.text).join('');
  }
  if ('result' in object) {
    return cellValue(object.result);
  }
  if ('text' in object) {
    return cellValue(object.text);
  }
  return String(value);
}

/** XLSX via exceljs (loaded only when a spreadsheet is chosen): the first worksheet, header in row 1. */
export async function parseXlsx(buffer: ArrayBuffer): Promise<ParsedFile> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer);
  } catch {
    throw new FileFormatError('无法读取该 Excel 文件，请确认是 .xlsx 格式');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    throw new FileFormatError('Excel 文件中没有工作表');
  }
  const table: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as CellValue[];
    // exceljs rows are 1-based: values[0] is empty.
    table.push(values.slice(1).map(cellValue));
  });
  return { rows: tableToRows(table), firstRowNumber: 2 };
}

export function parseCsvFile(text: string): ParsedFile {
  return { rows: tableToRows(parseCsv(text)), firstRowNumber: 2 };
}

/** Reads a chosen file by its extension. */
export async function parseImportFile(file: File, kind: ImportKind): Promise<ParsedFile> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.json')) {
    return parseJson(await file.text(), kind);
  }
  if (name.endsWith('.csv')) {
    return parseCsvFile(await file.text());
  }
  if (name.endsWith('.xlsx')) {
    return parseXlsx(await file.arrayBuffer());
  }
  throw new FileFormatError('只支持 .json、.csv 或 .xlsx 文件');
}
