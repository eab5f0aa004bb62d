/**
 * The task pane: 校验范围, 一键校验 with progress, counts, findings by sheet, fixes, marks, undo.
 * It only talks to a PaneController, which only talks to a WorkbookHost.
 */
import * as React from 'react';
import { CARD, SECTION_TITLE } from './styles';
import {
  Button,
  Caption1,
  Divider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Subtitle2,
  Tab,
  TabList,
  Text,
  Tooltip,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowUndo20Regular,
  CheckmarkCircle48Regular,
  ClipboardTaskListLtr24Regular,
  DismissRegular,
  Eraser20Regular,
  PaintBucket20Regular,
  ShieldCheckmark24Filled,
  TaskListSquareLtr24Regular,
  WrenchScrewdriver20Regular,
} from '@fluentui/react-icons';
import type { Locale } from '../core/i18n';
import { countBySeverity } from '../core/report';
import type { PaneController } from './controller';
import { usePaneState } from './useController';
import { translator } from './messages';
import { SheetChoices } from './components/SheetChoices';
import { Summary } from './components/Summary';
import { FindingsList } from './components/FindingsList';
import { FixAllDialog } from './components/FixAllDialog';
import { FillTab } from './components/FillTab';
import { ruleTitle } from './rules-info';
import { SelfTestSection } from './components/SelfTestSection';
import { DescribedButton } from './components/Described';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100%',
    minWidth: '280px',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  logo: { color: tokens.colorBrandForeground1, flexShrink: 0 },
  headerText: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  subtitle: { color: tokens.colorNeutralForeground3 },
  scroll: { flexGrow: 1, overflowY: 'auto', overflowX: 'hidden' },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
  },
  card: CARD,
  sectionTitle: SECTION_TITLE,
  run: { width: '100%', minHeight: '36px' },
  progress: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  progressLabel: { color: tokens.colorNeutralForeground2 },
  toolbar: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXS },
  bulk: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  bulkRow: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  bulkName: { flexGrow: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontSize: tokens.fontSizeBase200 },
  empty: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    textAlign: 'center',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    color: tokens.colorNeutralForeground3,
  },
  emptyIcon: { color: tokens.colorNeutralForeground4 },
  okIcon: { color: tokens.colorPaletteGreenForeground1 },
  starting: { display: 'flex', justifyContent: 'center', padding: tokens.spacingVerticalXXL },
  tabs: { backgroundColor: tokens.colorNeutralBackground1, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingLeft: tokens.spacingHorizontalXS },
  errorText: { whiteSpace: 'pre-line', wordBreak: 'break-word' },
  /** A list of errors (a template file's) starts below the title. */
  errorList: { display: 'block', marginTop: tokens.spacingVerticalXS },
});

/** The pane's tabs: 校验 | 插入指标模板. */
type PaneTab = 'check' | 'fill';

export function Pane({ controller, locale }: { controller: PaneController; locale: Locale }): React.JSX.Element {
  const styles = useStyles();
  const state = usePaneState(controller);
  const t = React.useMemo(() => translator(locale), [locale]);
  const busy = state.phase !== 'ready';
  const report = state.report;
  const counts = countBySeverity(report?.findings ?? []);
  const fixable = report ? controller.bulkFixable() : [];
  const undoLabel = state.undoLabel?.[locale];
  const [tab, setTab] = React.useState<PaneTab>('check');

  return (
    <div className={styles.root} lang={locale} data-testid="pane" data-busy={busy ? 'true' : 'false'}>
      <header className={styles.header}>
        <ShieldCheckmark24Filled className={styles.logo} aria-hidden />
        <div className={styles.headerText}>
          <Subtitle2 as="h1" style={{ margin: 0 }}>
            {t('appTitle')}
          </Subtitle2>
          <Caption1 className={styles.subtitle}>{t('appSubtitle')}</Caption1>
        </div>
      </header>

      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_e, d) => setTab(d.value as PaneTab)}
        size="medium"
        aria-label={t('tabsAria')}
      >
        <Tab value="check" data-testid="tab-check">
          {t('tabCheck')}
        </Tab>
        <Tab value="fill" data-testid="tab-fill">
          {t('tabFill')}
        </Tab>
      </TabList>

      <div className={styles.scroll} role="tabpanel" aria-label={tab === 'check' ? t('tabCheck') : t('tabFill')}>
        {state.phase === 'starting' && !state.error ? (
          <div className={styles.starting}>
            <Spinner size="small" label={state.progress?.label[locale] ?? t('loading')} />
          </div>
        ) : (
          <>
            <div className={styles.section}>
              {tab === 'check' && (
                <div className={styles.card} role="region" aria-label={t('sheetsSection')}>
                  <Text className={styles.sectionTitle}>{t('sheetsSection')}</Text>
                  <SheetChoices state={state} controller={controller} t={t} locale={locale} />
                  <DescribedButton
                    className={styles.run}
                    appearance="primary"
                    icon={<TaskListSquareLtr24Regular />}
                    disabled={busy}
                    description={t('runCheckHelp')}
                    data-testid="run-check"
                    onClick={() => void controller.runCheck()}
                  >
                    {report ? t('rerunCheck') : t('runCheck')}
                  </DescribedButton>
                  {state.progress && (
                    <div className={styles.progress} aria-live="polite" data-testid="progress">
                      <ProgressBar value={state.progress.value} thickness="medium" aria-label={state.progress.label[locale]} />
                      <Caption1 className={styles.progressLabel}>{state.progress.label[locale]}</Caption1>
                    </div>
                  )}
                </div>
              )}
              {tab === 'fill' && state.progress && (
                <div className={styles.progress} aria-live="polite" data-testid="progress">
                  <ProgressBar value={state.progress.value} thickness="medium" aria-label={state.progress.label[locale]} />
                  <Caption1 className={styles.progressLabel}>{state.progress.label[locale]}</Caption1>
                </div>
              )}

              {state.error && (
                <MessageBar intent="error" layout="multiline" data-testid="error">
                  <MessageBarBody>
                    <MessageBarTitle>{t('errorTitle')}</MessageBarTitle>
                    <span className={state.error[locale].includes('\n') ? `${styles.errorText} ${styles.errorList}` : styles.errorText}>{state.error[locale]}</span>
                  </MessageBarBody>
                  <MessageBarActions
                    containerAction={<Button appearance="transparent" aria-label={t('dismiss')} icon={<DismissRegular />} onClick={() => controller.dismissError()} />}
                  />
                </MessageBar>
              )}
              {state.notice && (
                <MessageBar intent={state.noticeIntent} data-testid="notice">
                  <MessageBarBody>{state.notice[locale]}</MessageBarBody>
                  <MessageBarActions
                    containerAction={<Button appearance="transparent" aria-label={t('dismiss')} icon={<DismissRegular />} onClick={() => controller.dismissNotice()} />}
                  />
                </MessageBar>
              )}
              {!state.notesSupported && (
                <MessageBar intent="info" layout="multiline" data-testid="notes-unsupported">
                  <MessageBarBody>{t('notesUnsupported')}</MessageBarBody>
                </MessageBar>
              )}
              {tab === 'fill' && <FillTab state={state} controller={controller} locale={locale} t={t} />}

              {tab === 'check' && report && report.errors.length > 0 && (
                <MessageBar intent="warning" layout="multiline" data-testid="report-errors">
                  <MessageBarBody>
                    <MessageBarTitle>{t('partialCheck')}</MessageBarTitle>
                    {report.errors.map((e, i) => (
                      <div key={i}>{e.message[locale]}</div>
                    ))}
                  </MessageBarBody>
                </MessageBar>
              )}

              {tab === 'check' && report && (
                <>
                  <Summary counts={counts} t={t} />
                  <div className={styles.toolbar} role="toolbar" aria-label={t('findingsSection')}>
                    <DescribedButton
                      size="small"
                      icon={<PaintBucket20Regular />}
                      disabled={busy || report.findings.length === 0}
                      description={state.notesSupported ? t('markHelp') : t('markFillsHelp')}
                      data-testid="mark"
                      onClick={() => void controller.mark()}
                    >
                      {t('mark')}
                    </DescribedButton>
                    <DescribedButton
                      size="small"
                      icon={<Eraser20Regular />}
                      disabled={busy || !state.marksActive}
                      description={t('clearMarksHelp')}
                      data-testid="clear-marks"
                      onClick={() => void controller.clearMarks()}
                    >
                      {t('clearMarks')}
                    </DescribedButton>
                    <Tooltip content={undoLabel ? t('undoAria', { label: undoLabel }) : t('undoNothing')} relationship="description" withArrow>
                      <Button
                        size="small"
                        icon={<ArrowUndo20Regular />}
                        disabled={busy || !undoLabel}
                        aria-label={undoLabel ? t('undoAria', { label: undoLabel }) : t('undo')}
                        data-testid="undo"
                        onClick={() => void controller.undo()}
                      >
                        {t('undo')}
                      </Button>
                    </Tooltip>
                  </div>
                </>
              )}

              {tab === 'check' && fixable.length > 0 && (
                <div className={styles.bulk} role="group" aria-label={t('fixAllSection')}>
                  <Text className={styles.sectionTitle}>{t('fixAllSection')}</Text>
                  {fixable.map((g) => {
                    const rule = ruleTitle(g.ruleId, locale);
                    return (
                      <div key={g.ruleId} className={styles.bulkRow}>
                        <WrenchScrewdriver20Regular aria-hidden style={{ color: tokens.colorBrandForeground1, flexShrink: 0 }} />
                        <span className={styles.bulkName} title={rule}>
                          {t('fixAllRule', { rule, count: g.findings.length })}
                        </span>
                        <DescribedButton
                          size="small"
                          appearance="outline"
                          disabled={busy}
                          aria-label={t('fixAllAria', { rule, count: g.findings.length })}
                          description={t('fixAllHelp')}
                          data-testid="fix-all"
                          data-rule={g.ruleId}
                          onClick={() => void controller.previewFixAll(g.ruleId)}
                        >
                          {t('fixAll')}
                        </DescribedButton>
                      </div>
                    );
                  })}
                </div>
              )}

              {tab === 'check' && report && report.findings.length > 0 && <Divider />}
              {tab === 'check' && report && report.findings.length > 0 && (
                <FindingsList
                  findings={report.findings}
                  sheetOrder={state.sheetNames}
                  locale={locale}
                  t={t}
                  busy={busy}
                  onSelect={(f) => void controller.select(f)}
                  onFix={(f) => void controller.applyFix(f)}
                />
              )}
              {tab === 'check' && report && report.findings.length === 0 && (
                <div className={styles.empty} data-testid="no-findings">
                  <CheckmarkCircle48Regular className={styles.okIcon} aria-hidden />
                  <Text weight="semibold">{t('noFindingsTitle')}</Text>
                  <Caption1>{t('noFindingsBody')}</Caption1>
                </div>
              )}
              {tab === 'check' && !report && !busy && (
                <div className={styles.empty} data-testid="not-checked">
                  <ClipboardTaskListLtr24Regular className={styles.emptyIcon} style={{ fontSize: 40, width: 40, height: 40 }} aria-hidden />
                  <Text weight="semibold">{t('notCheckedTitle')}</Text>
                  <Caption1>{t('notCheckedBody')}</Caption1>
                </div>
              )}
              {tab === 'check' && <SelfTestSection host={controller.host} locale={locale} />}
            </div>
          </>
        )}
      </div>

      <FixAllDialog
        preview={state.preview}
        ruleName={state.preview ? ruleTitle(state.preview.ruleId, locale) : ''}
        t={t}
        onConfirm={() => void controller.confirmFixAll()}
        onCancel={() => controller.cancelPreview()}
      />
    </div>
  );
}
