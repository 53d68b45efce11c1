import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { AppError } from '../../errors.ts';

/** What an uploaded 台账 may be: checked while it arrives and while it is read, never after. */
export const IMPORT_LIMITS = {
  /** The upload itself; 5,000 rows of the template take about 400 KB. */
  maxBytes: 5 * 1024 * 1024,
  /** Data rows (the header row aside); a larger file is split and imported in parts. */
  maxRows: 5_000,
  /** All parts of the xlsx archive once unpacked: a small file that unpacks huge is refused. */
  maxUnpackedBytes: 50 * 1024 * 1024,
  maxEntries: 200,
} as const;

const fileError = (message: string) => new AppError('BAD_USER_INPUT', message, { field: 'file' });
const NOT_XLSX = '文件不是xlsx格式，请使用导入模板另存为Excel工作簿（.xlsx）';

/**
 * Unpacks every part of the archive, counting the bytes that really come out (not the sizes the
 * archive claims), and stops at the limit: a zip bomb costs at most the limit in work. Answers the
 * parts' names in the archive's order, and with `keep` their contents too.
 */
async function unpackArchive(buffer: Buffer, keep: boolean): Promise<Map<string, Buffer | null>> {
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50) throw fileError(NOT_XLSX);
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true });
  } catch {
    throw fileError('无法读取该文件，可能已损坏或不是xlsx格式');
  }
  const parts = new Map<string, Buffer | null>();
  let unpacked = 0;
  let entries = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', resolve);
      zip.on('entry', (entry: yauzl.Entry) => {
        entries += 1;
        if (entries > IMPORT_LIMITS.maxEntries) return reject(fileError('文件结构异常：包含的部件过多'));
        if (unpacked + entry.uncompressedSize > IMPORT_LIMITS.maxUnpackedBytes) return reject(tooBig());
        zip.openReadStream(entry, (error, stream) => {
          if (error) return reject(error);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => {
            unpacked += chunk.length;
            if (unpacked > IMPORT_LIMITS.maxUnpackedBytes) {
              stream.destroy();
              reject(tooBig());
            }
            if (keep) chunks.push(chunk);
          });
          stream.on('error', reject);
          stream.on('end', () => {
            // Folders carry nothing.
            if (!entry.fileName.endsWith('/')) parts.set(entry.fileName, keep ? Buffer.concat(chunks) : null);
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw fileError('无法读取该文件，可能已损坏或不是xlsx格式');
  } finally {
    zip.close();
  }
  return parts;
}

const sheetNumber = (path: string) => {
  const match = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(path);
  return match ? Number(match[1]) : undefined;
};

/** Where a part goes in an archive packed again: the workbook, its relations and the strings before any sheet. */
function partRank(path: string): [number, number] {
  const leading = ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels'];
  if (leading.includes(path)) return [leading.indexOf(path), 0];
  if (path === 'xl/styles.xml' || path === 'xl/sharedStrings.xml') return [leading.length, 0];
  const sheet = sheetNumber(path);
  if (sheet !== undefined) return [leading.length + 2, sheet];
  return [leading.length + 1, 0];
}

/**
 * Whether ExcelJS's streaming reader reads the parts right in this order, as it goes: a sheet met
 * once the strings and the workbook's relations are read is read at once (and needs the workbook
 * read too), one met before is put aside and read at the end. Right means it never meets a sheet
 * it cannot name, and the sheets come out first sheet first.
 */
function readsInOrder(paths: readonly string[]): boolean {
  let workbook = false;
  let relations = false;
  let strings = false;
  const atOnce: number[] = [];
  const atEnd: number[] = [];
  for (const path of paths) {
    if (path === 'xl/workbook.xml') workbook = true;
    else if (path === 'xl/_rels/workbook.xml.rels') relations = true;
    else if (path === 'xl/sharedStrings.xml') strings = true;
    const sheet = sheetNumber(path);
    if (sheet === undefined) continue;
    if (!(strings && relations)) atEnd.push(sheet);
    else if (workbook) atOnce.push(sheet);
    else return false;
  }
  const read = [...atOnce, ...atEnd];
  return read.every((sheet, i) => i === 0 || (read[i - 1] as number) < sheet);
}

/**
 * The archive as ExcelJS's streaming reader needs it: it reads parts as they come and names a sheet
 * only from a workbook it has already read, while writers (ExcelJS itself among them) put the parts
 * in any order. An archive in another order is packed again, stored uncompressed, in that order.
 */
async function readable(buffer: Buffer): Promise<Buffer> {
  const order = [...(await unpackArchive(buffer, false)).keys()];
  if (readsInOrder(order)) return buffer;
  const parts = await unpackArchive(buffer, true);
  const sorted = [...parts.keys()].sort((a, b) => {
    const [ra, na] = partRank(a);
    const [rb, nb] = partRank(b);
    return ra - rb || na - nb || a.localeCompare(b);
  });
  const zip = new yazl.ZipFile();
  try {
    for (const path of sorted) zip.addBuffer(parts.get(path) as Buffer, path, { compress: false });
  } catch {
    // A part's name no writer of workbooks gives (absolute, or climbing out with "..").
    throw fileError('无法读取该文件，可能已损坏或不是xlsx格式');
  }
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

const tooBig = () =>
  fileError(`文件解压后超过${IMPORT_LIMITS.maxUnpackedBytes / 1024 / 1024}MB，请删除多余的内容或分批导入`);

export type SheetRow = { number: number; cell: (column: number) => ExcelJS.CellValue };

/**
 * The rows of the first worksheet, read as a stream: the header row first, then each data row as
 * it is parsed. Past IMPORT_LIMITS.maxRows data rows it stops with an error, so a file of a
 * million rows costs no more than one of five thousand.
 */
export async function* readSheet(buffer: Buffer): AsyncGenerator<SheetRow> {
  const archive = await readable(buffer);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(archive), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let seen = 0;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        if (row.number > 1 && ++seen > IMPORT_LIMITS.maxRows) {
          throw fileError(`一次最多导入${IMPORT_LIMITS.maxRows}行，请分批导入`);
        }
        yield { number: row.number, cell: (column) => row.getCell(column).value };
      }
      // Only the first worksheet is the ledger.
      return;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw fileError('无法读取该文件，可能已损坏或不是xlsx格式');
  }
  throw fileError('文件中没有工作表');
}
