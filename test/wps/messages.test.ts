/** The WPS adapter's message table: both languages, same placeholders, and the phrases fit into callFailed. */
import { WPS_MESSAGES } from '../../src/wps/messages';
import { actionOf, wpsError } from '../../src/wps/errors';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('WPS_MESSAGES: every message in zh-CN and en-US with the same placeholders', () => {
  for (const [key, m] of Object.entries(WPS_MESSAGES)) {
    expect({ key, zh: m['zh-CN'].trim().length > 0, en: m['en-US'].trim().length > 0 }).toEqual({ key, zh: true, en: true });
    expect({ key, p: placeholders(m['zh-CN']) }).toEqual({ key, p: placeholders(m['en-US']) });
  }
});

test('an object-model error says what was being done, with WPS text as the cause', () => {
  const cause = new Error('下标越界');
  const e = wpsError(actionOf('actionRead', { sheet: '绩效目标表' }), cause);
  expect(e.localized).toEqual({
    'zh-CN': 'WPS 表格读取工作表“绩效目标表”失败：下标越界',
    'en-US': 'WPS Spreadsheets failed while reading the worksheet "绩效目标表": 下标越界',
  });
  expect(e.cause).toBe(cause);
});
