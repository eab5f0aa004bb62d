import { isTableEndRow, isTableEndText } from '../../../src/core/text/table-end';

describe('isTableEndText', () => {
  test.each([
    '注：1.本表金额单位为元。',
    '注:本表由项目单位填报',
    '注1：培训费按人天标准测算',
    '注（1）会议费按三类会议标准',
    '说明：差旅费按财行〔2013〕531号测算',
    '备注：以上经费均为财政拨款',
    '附注：',
    '填表说明：1.…',
    '填报说明',
    '填报人：张三',
    '填报人',
    '填 报 人：',
    '填报人 张三',
    '审核人：李四    填报日期：2026年3月1日',
    '填报日期：2026年3月1日',
    '单位负责人：',
    '单位负责人（签字）',
    '财务负责人：王五',
    '制表人：赵六',
    '联系电话：0871-12345678',
    '审核意见：',
    '盖章',
    '（盖章）',
    '单位（盖章）',
    '昆明市XX局（公章）',
    '　注：全角空格开头',
  ])('%s ends a table', (text) => {
    expect(isTableEndText(text)).toBe(true);
  });

  test.each([
    '',
    '备注',
    '说明',
    '测算说明',
    '注册登记费',
    '注意事项宣传册印制',
    '说明会场地租赁',
    '单位负责人满意度',
    '项目负责人满意度',
    '联系群众次数',
    '签字笔购置',
    '培训费',
    '30211',
    '差旅费：10人×5天×100元/人·天=5000元',
    '合计',
  ])('%s does not end a table', (text) => {
    expect(isTableEndText(text)).toBe(false);
  });
});

describe('isTableEndRow', () => {
  test('the first non-empty cell decides', () => {
    expect(isTableEndRow([null, '', '  ', '填报人：张三', null, '审核人：李四'])).toBe(true);
    expect(isTableEndRow([undefined, '注：本表单位为元'])).toBe(true);
    expect(isTableEndRow(['1', '培训费', '注：见附件'])).toBe(false);
    expect(isTableEndRow(['备注', '说明'])).toBe(false);
    expect(isTableEndRow([])).toBe(false);
    expect(isTableEndRow([null, ''])).toBe(false);
  });
});
