/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-require-imports -- a measuring script that loads each reader as it ships */
// measurement only: per-file read with exceljs (current) vs sheetjs, worker per mode, timeout
import { Worker, isMainThread, parentPort, workerData } from 'worker_threads';
import { promises as fs } from 'fs';
import * as path from 'path';
const ROOT = '/work/shared/corpus';
if (isMainThread) {
  (async () => {
    const mode = process.argv[2];
    const list = (await fs.readFile(path.join(ROOT, process.argv[3] ?? 'VALID.txt'), 'utf8')).split('\n').filter(Boolean);
    const timeoutMs = Number(process.env.MEASURE_TIMEOUT_MS ?? 20000);
    let w: Worker | null = null;
    const out: string[] = [];
    const spawn = () => new Worker(__filename, { workerData: { mode }, execArgv: ['--require', require.resolve('tsx/cjs')], resourceLimits: { maxOldGenerationSizeMb: 1500 } });
    for (const f of list) {
      if (!w) w = spawn();
      const t0 = Date.now();
      const r: any = await new Promise((resolve) => {
        const timer = setTimeout(() => resolve({ ok: false, err: 'TIMEOUT' }), timeoutMs);
        const onMsg = (m: any) => { clearTimeout(timer); cleanup(); resolve(m); };
        const onExit = (c: number) => { clearTimeout(timer); cleanup(); resolve({ ok: false, err: 'EXIT ' + c }); };
        const cleanup = () => { w!.off('message', onMsg); w!.off('exit', onExit); };
        w!.on('message', onMsg); w!.on('exit', onExit);
        w!.postMessage(path.join(ROOT, f));
      });
      const ms = Date.now() - t0;
      if (r.err === 'TIMEOUT' || String(r.err).startsWith('EXIT')) { await w.terminate().catch(() => {}); w = null; }
      out.push([f, r.ok ? 'OK' : 'FAIL', r.ms ?? ms, r.sheets ?? '', r.cells ?? '', String(r.err ?? '').replace(/\s+/g, ' ').slice(0, 200)].join('\t'));
    }
    await w?.terminate();
    await fs.writeFile(`/tmp/rd/${mode}-${process.argv[3] ?? 'VALID.txt'}.tsv`, out.join('\n') + '\n');
    console.log('done', mode, out.filter((l) => l.split('\t')[1] === 'OK').length, '/', out.length);
  })();
} else {
  const { mode } = workerData;
  const XLSX = mode === 'sheetjs' ? require('@e965/xlsx') : null;
  const rd = mode === 'current' ? require('../src/xlsx/read') : null;
  const ExcelJS = mode.startsWith('exceljs') ? require('exceljs') : null;
  parentPort!.on('message', async (file: string) => {
    const t0 = performance.now();
    try {
      const buf = await fs.readFile(file);
      let sheets = 0, cells = 0;
      if (XLSX) {
        const wb = XLSX.read(buf, { type: 'buffer', cellFormula: true, cellNF: true, cellHTML: false, cellText: false, dense: true });
        sheets = wb.SheetNames.length;
        for (const n of wb.SheetNames) { const d = wb.Sheets[n]?.['!data']; if (d) for (const row of d) if (row) for (const c of row) if (c) cells++; }
        if (sheets === 0) throw new Error('no sheets');
      } else if (ExcelJS) {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(buf, mode === 'exceljs-ignore' ? { ignoreNodes: ['dataValidations'] } : {});
        sheets = wb.worksheets.length;
        for (const ws of wb.worksheets) ws.eachRow((row: any) => row.eachCell(() => cells++));
        if (sheets === 0) throw new Error('no worksheets');
      } else {
        const s = await rd.readWorkbookBuffer(buf, file);
        sheets = s.sheets.length;
        for (const sh of s.sheets) for (const row of sh.values) for (const v of row) if (v !== null && v !== undefined) cells++;
      }
      parentPort!.postMessage({ ok: true, ms: Math.round(performance.now() - t0), sheets, cells });
    } catch (e: any) {
      parentPort!.postMessage({ ok: false, ms: Math.round(performance.now() - t0), err: (e?.kind ? e.kind + ': ' : '') + (e?.message ?? String(e)) });
    }
  });
}
