/** A small workbook built in code: a 资金测算明细表 with two categories and an indicator form in either layout. */
import type { SheetSnapshot, WorkbookSnapshot } from '../../../src/core/snapshot';
import { form2021, localForm, sheetOf, stack, workbook } from '../indicators/fixtures';

/** 培训班 20万元 (50人 × 5天 × 550元/人·天 + 交通), 春节慰问 4.35万元 (34 + 53 人); 合计 24.35万元. */
export function calcSheet(): SheetSnapshot {
  return sheetOf(
    '资金测算明细表',
    [
      ['2026年培训慰问经费资金测算明细表'],
      ['单位：万元'],
      ['序号', '支出项目', '单价（元）', '数量', '单位', '次数', '金额（万元）', '测算依据'],
      ['一、', '培训班', null, null, null, null, 20, null],
      ['1.', '培训费（综合定额）', 550, 50, '人', 5, 13.75, '50人×5天×550元/人·天=13.75万元'],
      ['2.', '城市间交通费', 1250, 50, '人', 1, 6.25, '50人×1250元/人=6.25万元'],
      ['二、', '春节慰问', null, null, null, null, 4.35, null],
      ['1.', '专家春节慰问', 500, 34, '人', 1, 1.7, '34人×500元/人=1.7万元'],
      ['2.', '顾问春节慰问', 500, 53, '人', 1, 2.65, '53人×500元/人=2.65万元'],
      [null, '合计', null, null, null, null, 24.35, null],
    ],
    ['A1:H1', 'A2:H2'],
  );
}

/** 2021 layout, header row 7 (A8), data rows 8–12; 一级 A9:A11 and 二级 B9:B10 merged; 分值 total 90. */
export function workbook2021(): WorkbookSnapshot {
  return workbook(
    calcSheet(),
    stack(
      '绩效目标表',
      form2021({
        project: '培训慰问经费',
        total: 24.35,
        merged: true,
        rows: [
          ['产出指标', '数量指标', '培训期数', '≥', 1, '期', 20, '完成1期得20分'],
          [null, null, '慰问人数', '＝', 87, '人', 20, '完成87人得20分，每少1人扣0.5分'],
          [null, '质量指标', '培训合格率', '≥', 90, '%', 10, '达到90%得满分，每降1%扣1分'],
          ['效益指标', '社会效益指标', '干部履职能力', '定性', '明显提升', null, 30, '明显提升得满分'],
          ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥', 90, '%', 10, '满意度达到90%得满分，每降1%扣1分'],
        ],
      }),
    ),
  );
}

/** Local 4-column layout (seed 004), header row 8 (A9), data rows 9–13; side label A9:A14 merged. */
export function workbookLocal(): WorkbookSnapshot {
  return workbook(
    calcSheet(),
    stack(
      '绩效目标表',
      localForm({
        project: '培训慰问经费',
        total: 24.35,
        merged: true,
        rows: [
          ['项目完成', '数量指标', '举办培训班', '≥1期'],
          [null, null, '慰问人数', '≥87人'],
          [null, '质量指标', '目标任务完成率', '＝100%'],
          ['项目效益', '社会效益指标', '干部履职能力', '明显提升'],
          ['满意度指标', '满意度指标', '服务对象满意度', '≥90%'],
        ],
      }),
    ),
  );
}
