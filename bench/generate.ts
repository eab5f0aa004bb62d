/**
 * Benchmark workbooks: a 资金测算明细表 with `lines` calc lines (explicit factors, amount formulas
 * with cached results, a category row with a SUM subtotal every 20 lines, a 合计 row) and a
 * 绩效目标表 (2021 layout) with a header block and `indicators` 三级 rows. Every number agrees,
 * so the check does its full work without drowning in findings; one line in 500 has a wrong amount.
 */
import ExcelJS from 'exceljs';
import Decimal from 'decimal.js';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const LINES_PER_CATEGORY = 20;

/** 1 → 一, 12 → 十二, 305 → 三百零五, 2500 → 二千五百: category numbers stay 一、二、… at any size. */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  const units: [number, string][] = [[1000, '千'], [100, '百'], [10, '十']];
  let out = '';
  let rest = n;
  let zero = false;
  for (const [value, name] of units) {
    const d = Math.floor(rest / value);
    rest %= value;
    if (d) {
      if (zero) out += '零';
      out += DIGITS[d] + name;
      zero = false;
    } else if (out) zero = true;
  }
  if (rest) out += (zero ? '零' : '') + DIGITS[rest];
  return out;
}

function categoryLabel(i: number): string {
  return `${chineseNumeral(i + 1)}、`;
}

export function buildBenchWorkbook(lines: number, indicators = 300): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const calc = wb.addWorksheet('资金测算明细表');
  calc.getCell('A1').value = '2026年干部教育培训经费资金测算明细表';
  calc.mergeCells('A1:I1');
  calc.getCell('A2').value = '单位：元';
  calc.getRow(3).values = ['序号', '项目名称', '单价（元）', '数量', '单位', '次数', '金额（元）', '测算依据', '备注'];
  let row = 4;
  const subtotalRows: number[] = [];
  let total = new Decimal(0);
  let line = 0;
  for (let cat = 0; line < lines; cat++) {
    const catRow = row++;
    const first = row;
    let sum = new Decimal(0);
    for (let k = 0; k < LINES_PER_CATEGORY && line < lines; k++, line++) {
      const price = 100 + (line % 37) * 10;
      const qty = 5 + (line % 23);
      const times = 1 + (line % 3);
      const amount = new Decimal(price).mul(qty).mul(times);
      // One line in 500 has a mistake the check must find.
      const written = line % 500 === 499 ? amount.plus(100) : amount;
      calc.getRow(row).values = [
        `${k + 1}.`,
        `培训项目${line + 1}`,
        price,
        qty,
        '人',
        times,
        { formula: `C${row}*D${row}*F${row}`, result: written.toNumber() },
        `${qty}人×${price}元/人×${times}次=${amount.toString()}元`,
        '',
      ];
      sum = sum.plus(written);
      row++;
    }
    calc.getRow(catRow).values = [categoryLabel(cat), `培训类别${cat + 1}`, null, null, null, null, { formula: `SUM(G${first}:G${row - 1})`, result: sum.toNumber() }];
    subtotalRows.push(catRow);
    total = total.plus(sum);
  }
  const totalRow = row;
  calc.getRow(totalRow).values = ['合计', '', null, null, null, null, { formula: subtotalRows.map((r) => `G${r}`).join('+').slice(0, 8000), result: total.toNumber() }];

  const ind = wb.addWorksheet('绩效目标表');
  const wan = total.div(10000);
  ind.getCell('A1').value = '项目支出绩效目标申报表';
  ind.mergeCells('A1:I1');
  ind.getRow(2).values = ['项目名称', '干部教育培训经费（基准）'];
  ind.getRow(3).values = ['预算单位', '某区委组织部'];
  ind.getRow(4).values = ['项目资金（万元）', '年度资金总额', wan.toNumber()];
  ind.getRow(5).values = [null, '其中：财政拨款', wan.toNumber()];
  ind.getRow(6).values = [null, '其他资金', 0];
  ind.getRow(7).values = ['年度绩效目标', '完成年度培训任务'];
  ind.getRow(8).values = ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '分值', '评（扣）分标准', '指标值设定依据及数据来源'];
  const groups: [string, string, () => [string, string, string | number, string]][] = [
    ['产出指标', '数量指标', () => ['培训人次', '≥', 30, '人次']],
    ['产出指标', '质量指标', () => ['培训合格率', '≥', 90, '%']],
    ['产出指标', '时效指标', () => ['培训计划按期完成率', '＝', 100, '%']],
    ['效益指标', '社会效益指标', () => ['干部履职能力', '定性', '明显提升', '']],
    ['满意度指标', '服务对象满意度指标', () => ['参训人员满意度', '≥', 95, '%']],
  ];
  let r = 9;
  for (let i = 0; i < indicators; i++) {
    const [l1, l2, make] = groups[Math.floor((i * groups.length) / indicators)];
    const [name, nature, value, unit] = make();
    ind.getRow(r).values = [l1, l2, `${name}${i + 1}`, nature, value, unit, 0.3, `未达到${value}${unit}的，按比例扣分`, '培训计划'];
    r++;
  }
  return wb;
}
