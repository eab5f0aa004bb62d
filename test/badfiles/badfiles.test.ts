/**
 * What people really send: damaged, encrypted, empty, non-xlsx, oversized files and zip bombs.
 * Each gets a clear file error; the other files of the run are still checked; nothing crashes.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { main } from '../../src/cli/main';
import type { JsonOutput } from '../../src/cli/format-json';
import { readWorkbookBuffer, XlsxReadError } from '../../src/xlsx/read';
import { checkZipSize, MAX_DECOMPRESSED_BYTES, MAX_FILE_BYTES } from '../../src/xlsx/zip-guard';

// The batch test starts worker threads (each loads the readers under tsx): far above jest's 5 s on a busy machine.
jest.setTimeout(60_000);

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', '004-干部教育培训经费.xlsx');

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'budget-check-bad-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A zip archive with one deflated entry, whose central directory declares `declaredSize`. */
function zipWith(name: string, deflated: Buffer, declaredSize: number): Buffer {
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42); // local header at offset 0
  const body = Buffer.concat([local, nameBytes, deflated]);
  const cd = Buffer.concat([central, nameBytes]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(body.length, 16);
  return Buffer.concat([body, cd, end]);
}

/** Raw deflate of `bytes` zeros, streamed from a small buffer so the test's memory stays flat. */
async function deflatedZeros(bytes: number): Promise<Buffer> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  const block = Buffer.alloc(4 * 1024 * 1024);
  for (let left = bytes; left > 0; left -= block.length) {
    const part = left >= block.length ? block : block.subarray(0, left);
    if (!deflate.write(part)) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return Buffer.concat(chunks);
}

async function readError(data: Buffer): Promise<XlsxReadError> {
  try {
    await readWorkbookBuffer(data, 'x.xlsx');
  } catch (e) {
    if (e instanceof XlsxReadError) return e;
    throw e;
  }
  throw new Error('expected an XlsxReadError');
}

describe('zip bombs are refused before ExcelJS inflates them', () => {
  test('an archive that declares more than the limit', async () => {
    const bomb = zipWith('xl/worksheets/sheet1.xml', zlib.deflateRawSync(Buffer.alloc(1000)), MAX_DECOMPRESSED_BYTES + 1);
    expect(await checkZipSize(bomb)).toEqual({ ok: false, bytes: MAX_DECOMPRESSED_BYTES + 1 });
    const e = await readError(bomb);
    expect(e.kind).toBe('tooLarge');
    expect(e.localized['zh-CN']).toBe('解压后的内容超过 256 MB（可能是“压缩炸弹”或异常文件），已拒绝读取：x.xlsx');
  });

  test('an archive that lies about its sizes is caught while inflating', async () => {
    const real = MAX_DECOMPRESSED_BYTES + 8 * 1024 * 1024;
    const deflated = await deflatedZeros(real);
    expect(deflated.length).toBeLessThan(1024 * 1024); // a few hundred KB on disk
    const liar = zipWith('xl/worksheets/sheet1.xml', deflated, 1000);
    const verdict = await checkZipSize(liar);
    expect(verdict.ok).toBe(false);
    expect(verdict.bytes).toBeGreaterThan(MAX_DECOMPRESSED_BYTES);
    expect((await readError(liar)).kind).toBe('tooLarge');
  });

  test('a real workbook passes, with its true inflated size', async () => {
    const verdict = await checkZipSize(await fs.readFile(EXAMPLE));
    expect(verdict.ok).toBe(true);
    expect(verdict.bytes).toBeGreaterThan(10_000);
  });
});

describe('budget-check on bad files reports each and goes on with the others', () => {
  test('damaged, encrypted, empty, non-xlsx, oversized and bomb files next to a good one', async () => {
    const good = path.join(dir, 'good.xlsx');
    await fs.copyFile(EXAMPLE, good);
    const example = await fs.readFile(EXAMPLE);
    const files: Record<string, Buffer | number> = {
      'damaged.xlsx': example.subarray(0, Math.floor(example.length / 2)),
      'encrypted.xlsx': Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
      'empty.xlsx': Buffer.alloc(0),
      'notes.xlsx': Buffer.from('这不是工作簿，只是一段文字。'),
      'image.xlsx': Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
      'bomb.xlsx': zipWith('xl/worksheets/sheet1.xml', zlib.deflateRawSync(Buffer.alloc(10)), 0xffffffff),
      'huge.xlsx': MAX_FILE_BYTES + 1, // a sparse file: large on paper, nothing to write
    };
    for (const [name, content] of Object.entries(files)) {
      const p = path.join(dir, name);
      if (typeof content === 'number') {
        await fs.writeFile(p, 'PK\u0003\u0004');
        await fs.truncate(p, content);
      } else await fs.writeFile(p, content);
    }
    const names = Object.keys(files);
    let out = '';
    const code = await main(['--format', 'json', '--jobs', '2', ...names.map((n) => path.join(dir, n)), good], {
      out: (t) => void (out += t),
      err: () => undefined,
    });
    const results = (JSON.parse(out) as JsonOutput).files;
    expect(results.map((r) => path.basename(r.file))).toEqual([...names, 'good.xlsx']);
    const message = (name: string) => results.find((r) => path.basename(r.file) === name)!.errors.map((e) => e.message).join(' | ');
    expect(message('damaged.xlsx')).toMatch(/^工作簿已损坏，无法读取/);
    // An OLE header with nothing behind it: neither an encrypted package nor an .xls.
    expect(message('encrypted.xlsx')).toMatch(/^无法识别的旧版 Office 文件/);
    expect(message('empty.xlsx')).toMatch(/^不是电子表格工作簿/);
    expect(message('notes.xlsx')).toMatch(/^不是电子表格工作簿/);
    expect(message('image.xlsx')).toMatch(/^不是电子表格工作簿/);
    expect(message('bomb.xlsx')).toMatch(/^解压后的内容超过 256 MB/);
    expect(message('huge.xlsx')).toMatch(/^文件过大（100 MB，上限 100 MB），未读取/);
    const goodResult = results[results.length - 1];
    expect(goodResult.errors).toEqual([]);
    expect(goodResult.findings.map((f) => `${f.sheet}!${f.cell}`)).toContain('资金测算明细表!C5');
    expect(code).toBe(2);
  });
});
