/**
 * Entry of the `taskpane` bundle (dist/taskpane.html inside Excel, dist/demo.html in a browser).
 * Inside Excel: the pane on the Office.js host, in Office's language and theme. Elsewhere: the
 * browser demo, the pane beside an in-page workbook.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { pickLocale, type Locale } from '../core/i18n';
import { detectStartup, createExcelHost } from './host-factory';
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

async function boot(): Promise<void> {
  const startup = await detectStartup();
  if (startup.mode === 'demo') {
    root.render(<DemoRoot />);
    return;
  }
  const locale = pickLocale(startup.displayLanguage);
  document.documentElement.lang = locale;
  try {
    const host = await createExcelHost();
    const controller = new PaneController(host, locale);
    root.render(<ExcelPane controller={controller} locale={locale} theme={themeKindFromOffice(startup.officeTheme)} />);
  } catch (e) {
    console.error(e);
    root.render(<StartupError error={e} locale={locale} />);
  }
}

boot().catch((e: unknown) => {
  console.error(e);
  root.render(<StartupError error={e} locale="zh-CN" />);
});
