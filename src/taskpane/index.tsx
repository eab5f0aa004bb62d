/**
 * Entry of the `taskpane` bundle (dist/taskpane.html inside Excel, dist/demo.html in a browser,
 * release-wps/…/taskpane.html inside WPS 表格).
 * taskpane.html: the pane on the Office.js host, in Office's language and theme — or, when office.js
 * did not load or Office reports no Excel, a page saying what went wrong and what to do (never the
 * demo). Inside WPS 表格 (any page but demo.html): the same pane on the WPS host, zh-CN unless
 * ?lang=en-US. demo.html: the browser demo, the pane beside an in-page workbook. See startup.ts.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, Link, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { pickLocale, type Locale } from '../core/i18n';
import { detectStartup, createExcelHost, createWpsPaneHost } from './host-factory';
import { STARTUP_MESSAGES, type StartupProblem } from './startup';
import { fillTemplate, type Localized } from '../core/i18n';
import { paneTheme, themeKindFromOffice, type ThemeKind } from './theme';
import { PaneController } from './controller';
import { Pane } from './Pane';
import { PANE_MESSAGES } from './messages';
import { localizeWithCause } from '../host/messages';
import { DemoApp } from '../demo/DemoApp';
import { demoWorkbooks } from '../demo/workbooks';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('budget-check: #root element missing from the page');
const root = createRoot(rootElement);

function ExcelPane({ controller, locale, theme }: { controller: PaneController; locale: Locale; theme: ThemeKind }): React.JSX.Element {
  React.useEffect(() => {
    void controller.start();
  }, [controller]);
  return (
    <FluentProvider theme={paneTheme(theme)} style={{ height: '100vh' }}>
      <Pane controller={controller} locale={locale} />
    </FluentProvider>
  );
}

function DemoRoot(): React.JSX.Element {
  const params = new URLSearchParams(window.location.search);
  const [locale, setLocale] = React.useState<Locale>(pickLocale(params.get('lang')));
  const workbooks = React.useMemo(() => demoWorkbooks(), []);
  const theme: ThemeKind = params.get('theme') === 'dark' ? 'dark' : 'light';
  React.useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <FluentProvider theme={paneTheme(theme)}>
      <DemoApp
        workbooks={workbooks}
        initialWorkbook={params.get('workbook') ?? workbooks[0].id}
        locale={locale}
        notes={params.get('notes') !== '0'}
        onLocaleChange={(l) => {
          setLocale(l);
          const url = new URL(window.location.href);
          url.searchParams.set('lang', l);
          window.history.replaceState(null, '', url);
        }}
      />
    </FluentProvider>
  );
}

function StartupError({ error, locale }: { error: unknown; locale: Locale }): React.JSX.Element {
  const text = localizeWithCause(PANE_MESSAGES.errorStartup, {}, error)[locale];
  return (
    <FluentProvider theme={paneTheme('light')}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{PANE_MESSAGES.errorTitle[locale]}</MessageBarTitle>
          {text}
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}

const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];

/** The lines of a startup problem in one language: what went wrong, then what to do. */
function problemLines(problem: StartupProblem, locale: Locale): string[] {
  const t = (m: Localized, params: Record<string, string> = {}) => fillTemplate(m[locale], params);
  switch (problem.kind) {
    case 'office-js-missing': {
      const todo = problem.source === 'china' ? STARTUP_MESSAGES.todoChina : problem.source === 'local' ? STARTUP_MESSAGES.todoLocal : STARTUP_MESSAGES.todoCdn;
      return [t(STARTUP_MESSAGES.officeJsMissing, { url: problem.url }), ...(problem.host ? [t(STARTUP_MESSAGES.insideOffice, { host: problem.host })] : []), t(todo)];
    }
    case 'outside-office':
      return [t(STARTUP_MESSAGES.outsideOffice)];
    case 'not-excel':
      return [t(STARTUP_MESSAGES.notExcel, { host: problem.host })];
    case 'office-slow':
      return [t(STARTUP_MESSAGES.officeSlow, { url: problem.url })];
    case 'wps-not-spreadsheet':
      return [t(STARTUP_MESSAGES.wpsNotSpreadsheet)];
    case 'wps-api-missing':
      return [t(STARTUP_MESSAGES.wpsApiMissing)];
    case 'outside-wps':
      return [t(STARTUP_MESSAGES.outsideWps)];
  }
}

/** What went wrong and what to do, in Chinese and in English (office.js, which knows the language, may be missing). */
function StartupProblemView({ problem }: { problem: StartupProblem }): React.JSX.Element {
  const waiting = problem.kind === 'office-slow';
  return (
    <FluentProvider theme={paneTheme('light')} style={{ height: '100vh', overflow: 'auto' }}>
      <div data-testid="startup-problem" data-kind={problem.kind} style={{ padding: 12, display: 'flex', flexDirection: 'column', gap: 12 }}>
        {waiting && <Spinner size="tiny" label={`${STARTUP_MESSAGES.waiting['zh-CN']} ${STARTUP_MESSAGES.waiting['en-US']}`} />}
        {LOCALES.map((locale) => (
          <MessageBar key={locale} intent={waiting ? 'warning' : 'error'} layout="multiline" lang={locale}>
            <MessageBarBody>
              <MessageBarTitle>{STARTUP_MESSAGES.title[locale]}</MessageBarTitle>
              {problemLines(problem, locale).map((line, i) => (
                <p key={i} style={{ margin: '4px 0' }}>
                  {line}
                  {(problem.kind === 'outside-office' || problem.kind === 'outside-wps') && (
                    <>
                      {' '}
                      <Link href="demo.html" data-testid="demo-link">
                        {STARTUP_MESSAGES.demoLink[locale]}
                      </Link>
                    </>
                  )}
                </p>
              ))}
            </MessageBarBody>
          </MessageBar>
        ))}
      </div>
    </FluentProvider>
  );
}

async function boot(): Promise<void> {
  const startup = await detectStartup((slow) => root.render(<StartupProblemView problem={slow} />));
  if (startup.mode === 'demo') {
    root.render(<DemoRoot />);
    return;
  }
  if (startup.mode === 'problem') {
    console.warn(`budget-check: ${problemLines(startup.problem, 'en-US').join(' ')}`);
    root.render(<StartupProblemView problem={startup.problem} />);
    return;
  }
  const locale = pickLocale(startup.displayLanguage);
  document.documentElement.lang = locale;
  try {
    const host = startup.mode === 'wps' ? await createWpsPaneHost(startup.application) : await createExcelHost();
    const controller = new PaneController(host, locale);
    const theme: ThemeKind = startup.mode === 'wps' ? 'light' : themeKindFromOffice(startup.officeTheme);
    root.render(<ExcelPane controller={controller} locale={locale} theme={theme} />);
  } catch (e) {
    console.error(e);
    root.render(<StartupError error={e} locale={locale} />);
  }
}

boot().catch((e: unknown) => {
  console.error(e);
  root.render(<StartupError error={e} locale="zh-CN" />);
});
