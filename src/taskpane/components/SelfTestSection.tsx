/**
 * 自检 (self-test) in the pane: a small collapsible card, shown only inside Excel. It runs
 * src/excel/self-test.ts (loaded on demand, so the demo bundle never needs it) and shows the report
 * as text to copy and send. Strings: SELF_TEST_UI below, zh-CN first.
 */
import * as React from 'react';
import { Button, Caption1, Spinner, Text, Textarea, makeStyles } from '@fluentui/react-components';
import { ClipboardPaste20Regular, Stethoscope20Regular } from '@fluentui/react-icons';
import type { Locale, Localized } from '../../core/i18n';
import type { WorkbookHost } from '../../host/host';
import type { OfficeEnvironment } from '../../excel/environment';
import { errorLocalized } from '../../host/messages';
import { CARD, SECTION_TITLE } from '../styles';

export const SELF_TEST_UI = {
  title: { 'zh-CN': '自检', 'en-US': 'Self-test' },
  intro: {
    'zh-CN': '在一张临时工作表上试运行读取、底色、批注、插入行、撤销和文档设置，结束后删除该表，不改动您的工作表。遇到问题时，请把报告复制给技术支持。',
    'en-US': 'Tries reading, fills, notes, inserting rows, undo and document settings on a scratch sheet, then deletes it; your sheets are not changed. If something fails, copy the report to support.',
  },
  run: { 'zh-CN': '运行自检', 'en-US': 'Run self-test' },
  running: { 'zh-CN': '正在自检：{step}', 'en-US': 'Self-test running: {step}' },
  copy: { 'zh-CN': '复制报告', 'en-US': 'Copy report' },
  copied: { 'zh-CN': '已复制', 'en-US': 'Copied' },
  copyFailed: { 'zh-CN': '无法访问剪贴板，请在文本框中全选后复制', 'en-US': 'No clipboard access: select all in the box and copy' },
  failed: { 'zh-CN': '自检未能运行：{error}', 'en-US': 'The self-test could not run: {error}' },
  report: { 'zh-CN': '自检报告', 'en-US': 'Self-test report' },
} satisfies Record<string, Localized>;

const useStyles = makeStyles({
  card: CARD,
  title: SECTION_TITLE,
  report: { fontFamily: 'Consolas, "Courier New", monospace', fontSize: '11px', minHeight: '160px' },
  row: { display: 'flex', columnGap: '8px', alignItems: 'center', flexWrap: 'wrap' },
});

/** The Office environment of an Excel host, or null for the demo (nothing is shown there). */
function excelEnvironment(host: WorkbookHost): OfficeEnvironment | null {
  if (host.kind !== 'excel') return null;
  const env = (host as { env?: OfficeEnvironment }).env;
  return env ?? null;
}

export function SelfTestSection({ host, locale }: { host: WorkbookHost; locale: Locale }): React.JSX.Element | null {
  const styles = useStyles();
  const env = excelEnvironment(host);
  const [running, setRunning] = React.useState<string | null>(null);
  const [text, setText] = React.useState('');
  const [status, setStatus] = React.useState('');
  const t = (key: keyof typeof SELF_TEST_UI, params: Record<string, string> = {}) =>
    Object.entries(params).reduce((s, [k, v]) => s.replace(`{${k}}`, v), SELF_TEST_UI[key][locale]);
  if (!env) return null;

  const run = async () => {
    setStatus('');
    setText('');
    setRunning('…');
    try {
      const { runSelfTest, formatSelfTestReport, SELF_TEST_MESSAGES } = await import('../../excel/self-test');
      const report = await runSelfTest(env, {
        now: () => performance.now(),
        onStep: (s) => setRunning(SELF_TEST_MESSAGES[s.id][locale]),
      });
      setText(formatSelfTestReport(report, locale));
    } catch (e) {
      setText(t('failed', { error: errorLocalized(e)[locale] }));
    } finally {
      setRunning(null);
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('copied'));
    } catch {
      setStatus(t('copyFailed'));
    }
  };

  return (
    <details className={styles.card} data-testid="self-test">
      <summary>
        <Text className={styles.title}>{t('title')}</Text>
      </summary>
      <Caption1>{t('intro')}</Caption1>
      <div className={styles.row}>
        <Button size="small" icon={<Stethoscope20Regular />} disabled={running !== null} onClick={() => void run()} data-testid="self-test-run">
          {t('run')}
        </Button>
        {text && (
          <Button size="small" appearance="subtle" icon={<ClipboardPaste20Regular />} onClick={() => void copy()}>
            {t('copy')}
          </Button>
        )}
        {status && <Caption1 aria-live="polite">{status}</Caption1>}
      </div>
      {running !== null && <Spinner size="tiny" label={t('running', { step: running })} />}
      {text && <Textarea className={styles.report} readOnly value={text} aria-label={t('report')} resize="vertical" data-testid="self-test-report" />}
    </details>
  );
}
