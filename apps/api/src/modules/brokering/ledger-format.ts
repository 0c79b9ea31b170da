import ExcelJS from 'exceljs';

export type CellValue = string | number | null;

export interface LedgerColumn {
  header: string;
  width?: number;
  /** amount: an exact decimal string, written to XLSX as a number with two decimals. */
  kind?: 'text' | 'amount' | 'number';
}

export interface LedgerSheet {
  name: string;
  columns: LedgerColumn[];
  rows: CellValue[][];
}

export interface Ledger {
  /** ASCII base name for the file, e.g. `contracts-2026`. */
  fileName: string;
  /** Chinese title, e.g. 技术合同台账（2026年）. */
  title: string;
  sheets: LedgerSheet[];
}

/** One worksheet per sheet: a bold header row, frozen, then the rows. */
export async function toXlsx(ledger: Ledger): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '鹤城区双高对接平台';
  workbook.title = ledger.title;
  workbook.created = new Date();
  for (const sheet of ledger.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((column) => ({
      header: column.header,
      width: column.width ?? 16,
      style: column.kind === 'amount' ? { numFmt: '0.00' } : {},
    }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows) {
      worksheet.addRow(
        row.map((value, i) =>
          value !== null && sheet.columns[i]?.kind === 'amount' ? Number(value) : value,
        ),
      );
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: CellValue): string {
  if (value === null) {
    return '';
  }
  let text = String(value);
  // A spreadsheet would run a text cell that starts like a formula; numbers are written as they are.
  if (typeof value === 'string' && FORMULA_START.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV of one sheet, UTF-8 with a BOM so that Excel reads the Chinese headers. */
export function toCsv(sheet: LedgerSheet): string {
  const lines = [
    sheet.columns.map((column) => csvCell(column.header)),
    ...sheet.rows.map((row) => row.map(csvCell)),
  ];
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}
