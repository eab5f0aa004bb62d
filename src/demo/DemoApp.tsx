/**
 * The browser demo: an Excel-like window with the example workbook as a grid and the task pane
 * beside it. Every pane action goes through the same WorkbookHost interface as in Excel.
 * URL parameters: ?lang=en-US, ?workbook=<id>, ?notes=0 (a host without notes), ?theme=dark.
 */
import * as React from 'react';
import { Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DescribedButton } from '../taskpane/components/Described';
import { LocalLanguage16Regular, ShieldCheckmark24Filled } from '@fluentui/react-icons';
import type { Locale } from '../core/i18n';
import { DemoHost, memorySettingsStore } from './demo-host';
import type { DemoWorkbook } from './workbook';
import { Grid } from './Grid';
import { EditJournal } from '../host/journal';
import { Pane } from '../taskpane/Pane';
import { PaneController } from '../taskpane/controller';
import { translator } from '../taskpane/messages';

const PANE_WIDTH = 380;

const useStyles = makeStyles({
  window: { display: 'flex', flexDirection: 'column', height: '100vh', backgroundColor: '#F3F2F1', fontFamily: tokens.fontFamilyBase },
  titleBar: {
    display: 'flex',
    alignItems: 'center',
    columnGap: '12px',
    height: '40px',
    padding: '0 12px',
    backgroundColor: '#107C41',
    color: '#FFFFFF',
    flexShrink: 0,
  },
  titleText: { color: '#FFFFFF', fontWeight: 600, whiteSpace: 'nowrap' },
  banner: { color: 'rgba(255,255,255,0.85)', fontSize: '12px', flexGrow: 1, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' },
  picker: { minWidth: '220px' },
  lang: { color: '#FFFFFF', ':hover': { color: '#FFFFFF', backgroundColor: 'rgba(255,255,255,0.15)' } },
  body: { display: 'flex', flexGrow: 1, minHeight: 0 },
  sheet: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column', borderRight: `1px solid #C8C6C4` },
  pane: { width: `${PANE_WIDTH}px`, flexShrink: 0, display: 'flex', flexDirection: 'column', minHeight: 0, boxShadow: '-2px 0 8px rgba(0,0,0,0.06)' },
});

export interface DemoAppProps {
  workbooks: DemoWorkbook[];
  initialWorkbook: string;
  locale: Locale;
  notes: boolean;
  onLocaleChange(locale: Locale): void;
}

export function DemoApp({ workbooks, initialWorkbook, locale, notes, onLocaleChange }: DemoAppProps): React.JSX.Element {
  const styles = useStyles();
  const t = translator(locale);
  // One host per workbook for the page's lifetime: switching back keeps the edits, as reopening
  // a workbook in Excel would. Settings live with the in-memory "document".
  const hosts = React.useMemo(() => {
    const settings = memorySettingsStore();
    return new Map(
      workbooks.map((w) => {
        const host = new DemoHost(w, { notes, settings });
        return [w.id, { host, journal: new EditJournal(host) }];
      }),
    );
  }, [workbooks, notes]);
  const [workbookId, setWorkbookId] = React.useState(hosts.has(initialWorkbook) ? initialWorkbook : workbooks[0].id);
  const { host, journal } = hosts.get(workbookId) as { host: DemoHost; journal: EditJournal };
  // The journal outlives a language switch, so 撤销 still works after it.
  const controller = React.useMemo(() => new PaneController(host, locale, journal), [host, journal, locale]);
  React.useEffect(() => {
    void controller.start();
  }, [controller]);

  return (
    <div className={styles.window}>
      <div className={styles.titleBar}>
        <ShieldCheckmark24Filled aria-hidden />
        <Text className={styles.titleText}>{t('appTitle')}</Text>
        <span className={styles.banner}>{t('demoBanner')}</span>
        <Select
          className={styles.picker}
          size="small"
          aria-label={t('demoWorkbook')}
          data-testid="workbook-picker"
          value={workbookId}
          onChange={(_e, d) => setWorkbookId(d.value)}
        >
          {workbooks.map((w) => (
            <option key={w.id} value={w.id}>
              {w.title[locale]}
            </option>
          ))}
        </Select>
        <DescribedButton
          className={styles.lang}
          appearance="transparent"
          size="small"
          icon={<LocalLanguage16Regular />}
          description={t('demoLanguageHelp')}
          lang={locale === 'zh-CN' ? 'en-US' : 'zh-CN'}
          onClick={() => onLocaleChange(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
        >
          {t('demoLanguage')}
        </DescribedButton>
      </div>
      <div className={styles.body}>
        <main className={styles.sheet}>
          <Grid host={host} locale={locale} />
        </main>
        <aside className={styles.pane} aria-label={t('appTitle')}>
          <Pane key={workbookId + locale} controller={controller} locale={locale} />
        </aside>
      </div>
    </div>
  );
}
