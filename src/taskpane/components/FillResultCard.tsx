/** What 插入所选 did: rows inserted (click to go to them), rows skipped and why, the plan's notes, the check after it, 撤销. */
import * as React from 'react';
import { CARD } from '../styles';
import { Button, Caption1, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowUndo16Regular,
  CheckmarkCircle16Regular,
  Info16Regular,
  TableAdd20Regular,
  Warning16Regular,
} from '@fluentui/react-icons';
import type { Locale } from '../../core/i18n';
import type { FillResult, PaneController } from '../controller';
import type { Translate } from '../messages';

const useStyles = makeStyles({
  card: {
    ...CARD,
    borderLeft: `3px solid ${tokens.colorPaletteGreenBorder2}`,
    scrollMarginTop: tokens.spacingVerticalM,
  },
  cardWarn: { borderLeft: `3px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  head: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  title: { flexGrow: 1, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  line: { display: 'flex', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalXS, wordBreak: 'break-word' },
  icon: { flexShrink: 0, marginTop: '2px' },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
  list: { listStyle: 'none', margin: 0, padding: `0 0 0 20px`, display: 'flex', flexDirection: 'column', rowGap: '2px' },
  reason: { color: tokens.colorNeutralForeground3 },
});

export interface FillResultCardProps {
  result: FillResult;
  locale: Locale;
  t: Translate;
  busy: boolean;
  undoLabel: string | undefined;
  controller: PaneController;
}

export function FillResultCard({ result, locale, t, busy, undoLabel, controller }: FillResultCardProps): React.JSX.Element {
  const styles = useStyles();
  const ref = React.useRef<HTMLDivElement>(null);
  // A new result is the answer to 插入所选 at the bottom of the list: bring it into view.
  React.useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [result]);
  const fresh = result.newFindings;
  const warn = result.unchanged || (fresh !== null && fresh.length > 0);
  return (
    <div
      ref={ref}
      className={warn ? `${styles.card} ${styles.cardWarn}` : styles.card}
      role="region"
      aria-label={t('fillResultTitle')}
      aria-live="polite"
      data-testid="fill-result"
    >
      <div className={styles.head}>
        <TableAdd20Regular aria-hidden style={{ color: tokens.colorBrandForeground1 }} />
        <Text className={styles.title}>{t('fillResultTitle')}</Text>
        {!result.unchanged && undoLabel && (
          <Button
            size="small"
            icon={<ArrowUndo16Regular />}
            disabled={busy}
            aria-label={t('fillUndoAria', { label: undoLabel })}
            data-testid="fill-undo"
            onClick={() => void controller.undo()}
          >
            {t('undo')}
          </Button>
        )}
      </div>

      {result.unchanged ? (
        <Caption1 className={`${styles.line} ${styles.warn}`} data-testid="fill-unchanged">
          <Info16Regular className={styles.icon} aria-hidden />
          <span>{t('fillUnchangedNotice')}</span>
        </Caption1>
      ) : (
        <>
          {result.createsSheet && (
            <Caption1 className={`${styles.line} ${styles.ok}`}>
              <CheckmarkCircle16Regular className={styles.icon} aria-hidden />
              <span>{t('fillResultCreated', { sheet: result.sheet })}</span>
            </Caption1>
          )}
          <Caption1 className={`${styles.line} ${styles.ok}`} data-testid="fill-inserted-count">
            <CheckmarkCircle16Regular className={styles.icon} aria-hidden />
            <span>{t('fillResultInserted', { count: result.inserted.length })}</span>
          </Caption1>
          <ul className={styles.list}>
            {result.inserted.map((r) => (
              <li key={`${r.row}-${r.name}`} data-testid="fill-inserted-row" data-row={r.row}>
                <Link
                  as="button"
                  aria-label={t('fillResultGoTo', { sheet: result.sheet, row: r.row, name: r.name })}
                  onClick={() => void controller.selectFillRow(result.sheet, r.row)}
                >
                  <Caption1>{t('fillResultRow', { row: r.row, name: r.name })}</Caption1>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}

      {result.skipped.length > 0 && (
        <>
          <Caption1 className={`${styles.line} ${styles.info}`} data-testid="fill-skipped-count">
            <Info16Regular className={styles.icon} aria-hidden />
            <span>{t('fillResultSkipped', { count: result.skipped.length })}</span>
          </Caption1>
          <ul className={styles.list}>
            {result.skipped.map((s, i) => (
              <li key={i} data-testid="fill-skipped-row" data-name={s.name}>
                <Caption1>
                  {s.name}
                  <span className={styles.reason}>{t('fillSkippedReason', { reason: s.reason[locale] })}</span>
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}

      {result.notes.map((n, i) => (
        <Caption1 key={i} className={`${styles.line} ${styles.info}`} data-testid="fill-note">
          <Info16Regular className={styles.icon} aria-hidden />
          <span>{n[locale]}</span>
        </Caption1>
      ))}

      {!result.unchanged && (
        <Caption1
          className={`${styles.line} ${fresh === null ? styles.info : fresh.length === 0 ? styles.ok : styles.warn}`}
          data-testid="fill-check"
          data-new-findings={fresh === null ? '' : String(fresh.length)}
        >
          {fresh !== null && fresh.length === 0 ? (
            <CheckmarkCircle16Regular className={styles.icon} aria-hidden />
          ) : (
            <Warning16Regular className={styles.icon} aria-hidden />
          )}
          <span>{fresh === null ? (busy ? t('progressChecking') : t('fillCheckUnknown')) : fresh.length === 0 ? t('fillCheckClean') : t('fillCheckNew', { count: fresh.length })}</span>
        </Caption1>
      )}
    </div>
  );
}
