/** Findings grouped by sheet: message, expected/actual, the cell; click to go to it; 应用修正. */
import * as React from 'react';
import { Badge, Button, Caption1, Tooltip, makeStyles, tokens, Text } from '@fluentui/react-components';
import { Wrench16Regular, Table16Regular } from '@fluentui/react-icons';
import type { Locale } from '../../core/i18n';
import type { Finding } from '../../core/report';
import { SeverityIcon, SEVERITY_COLOR } from './SeverityIcon';
import { ruleTitle } from '../rules-info';
import type { Translate } from '../messages';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  groupHeader: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    textTransform: 'none',
    marginTop: tokens.spacingVerticalS,
  },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: {
    position: 'relative',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow2,
    cursor: 'pointer',
    overflow: 'hidden',
    transitionProperty: 'box-shadow, border-color',
    transitionDuration: tokens.durationFaster,
    ':hover': { boxShadow: tokens.shadow4, border: `1px solid ${tokens.colorNeutralStroke1Hover}` },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  stripe: { position: 'absolute', left: 0, top: 0, bottom: 0, width: '3px' },
  head: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  rule: { color: tokens.colorNeutralForeground3, flexGrow: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  message: { color: tokens.colorNeutralForeground1, lineHeight: tokens.lineHeightBase300, wordBreak: 'break-word' },
  values: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    rowGap: '2px',
    fontSize: tokens.fontSizeBase200,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
  },
  key: { color: tokens.colorNeutralForeground3 },
  expected: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums', wordBreak: 'break-all' },
  actual: { color: tokens.colorPaletteRedForeground1, fontVariantNumeric: 'tabular-nums', wordBreak: 'break-all' },
  actions: { display: 'flex', justifyContent: 'flex-end' },
  fixIcon: { color: tokens.colorBrandForeground1 },
});

export interface FindingsListProps {
  findings: Finding[];
  sheetOrder: string[];
  locale: Locale;
  t: Translate;
  busy: boolean;
  onSelect(f: Finding): void;
  onFix(f: Finding): void;
}

export function FindingsList({ findings, sheetOrder, locale, t, busy, onSelect, onFix }: FindingsListProps): React.JSX.Element {
  const styles = useStyles();
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.sheet, [...(groups.get(f.sheet) ?? []), f]);
  const sheets = [...groups.keys()].sort((a, b) => sheetOrder.indexOf(a) - sheetOrder.indexOf(b));
  const severityLabel = { error: t('severityError'), warning: t('severityWarning'), info: t('severityInfo') };

  return (
    <div className={styles.group}>
      {sheets.map((sheet) => {
        const list = groups.get(sheet) ?? [];
        const headerId = `findings-${sheetOrder.indexOf(sheet)}`;
        return (
          <section key={sheet} aria-labelledby={headerId}>
            <div id={headerId} className={styles.groupHeader}>
              <Table16Regular aria-hidden />
              {t('findingsOfSheet', { sheet, count: list.length })}
            </div>
            <ul className={styles.list} aria-labelledby={headerId} style={{ marginTop: tokens.spacingVerticalXS }}>
              {list.map((f) => (
                <li
                  key={`${f.ruleId}|${f.row}|${f.col}`}
                  className={styles.item}
                  tabIndex={0}
                  aria-label={t('findingAria', { severity: severityLabel[f.severity], sheet: f.sheet, cell: f.cell, message: f.message[locale] })}
                  data-testid="finding"
                  data-cell={`${f.sheet}!${f.cell}`}
                  data-rule={f.ruleId}
                  data-severity={f.severity}
                  onClick={() => onSelect(f)}
                  onKeyDown={(e) => {
                    if (e.target === e.currentTarget && (e.key === 'Enter' || e.key === ' ')) {
                      e.preventDefault();
                      onSelect(f);
                    }
                  }}
                >
                  <span className={styles.stripe} style={{ backgroundColor: SEVERITY_COLOR[f.severity] }} aria-hidden />
                  <div className={styles.head}>
                    <SeverityIcon severity={f.severity} />
                    <Tooltip content={t('goToCell', { cell: `${f.sheet}!${f.cell}` })} relationship="description" withArrow>
                      <Badge appearance="tint" color="informative" shape="rounded" size="medium">
                        {f.cell}
                      </Badge>
                    </Tooltip>
                    <Caption1 className={styles.rule}>{ruleTitle(f.ruleId, locale)}</Caption1>
                  </div>
                  <Text size={300} className={styles.message}>
                    {f.message[locale]}
                  </Text>
                  {(f.expected !== undefined || f.actual !== undefined) && (
                    <div className={styles.values}>
                      {f.expected !== undefined && (
                        <>
                          <span className={styles.key}>{t('expected')}</span>
                          <span className={styles.expected}>{f.expected}</span>
                        </>
                      )}
                      {f.actual !== undefined && (
                        <>
                          <span className={styles.key}>{t('actual')}</span>
                          <span className={styles.actual}>{f.actual}</span>
                        </>
                      )}
                    </div>
                  )}
                  {f.fix && (
                    <div className={styles.actions}>
                      <Tooltip content={f.fix.title[locale]} relationship="description" withArrow>
                        <Button
                          size="small"
                          appearance="secondary"
                          icon={<Wrench16Regular className={styles.fixIcon} />}
                          disabled={busy}
                          aria-label={t('applyFixAria', { title: f.fix.title[locale], cell: f.cell })}
                          onClick={(e) => {
                            e.stopPropagation();
                            onFix(f);
                          }}
                          onKeyDown={(e) => e.stopPropagation()}
                        >
                          {t('applyFix')}
                        </Button>
                      </Tooltip>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
