/** The adapter's, the write path's and the self-test's message tables: both languages, same placeholders. */
import { EXCEL_MESSAGES } from '../../src/excel/messages';
import { HOST_MESSAGES } from '../../src/host/messages';
import { SELF_TEST_MESSAGES } from '../../src/excel/self-test';
import { SELF_TEST_UI } from '../../src/taskpane/components/SelfTestSection';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test.each([
  ['EXCEL_MESSAGES', EXCEL_MESSAGES],
  ['HOST_MESSAGES', HOST_MESSAGES],
  ['SELF_TEST_MESSAGES', SELF_TEST_MESSAGES],
  ['SELF_TEST_UI', SELF_TEST_UI],
] as const)('%s: every message in zh-CN and en-US with the same placeholders', (_name, table) => {
  for (const [key, m] of Object.entries(table as Record<string, { 'zh-CN': string; 'en-US': string }>)) {
    expect({ key, zh: m['zh-CN'].trim().length > 0, en: m['en-US'].trim().length > 0 }).toEqual({ key, zh: true, en: true });
    expect({ key, p: placeholders(m['zh-CN']) }).toEqual({ key, p: placeholders(m['en-US']) });
  }
});
