/** Counts by severity: three tiles at the top of the results. */
import * as React from 'react';
import { makeStyles, tokens, Text } from '@fluentui/react-components';
import type { Severity } from '../../core/report';
import { SEVERITY_COLOR, SeverityIcon } from './SeverityIcon';
import type { Translate } from '../messages';

const useStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', columnGap: tokens.spacingHorizontalS },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow2,
  },
  label: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  count: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  zero: { color: tokens.colorNeutralForeground4 },
});

const LABEL = { error: 'countError', warning: 'countWarning', info: 'countInfo' } as const;

export function Summary({ counts, t }: { counts: Record<Severity, number>; t: Translate }): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.row} role="group" aria-label={t('findingsSection')}>
      {(['error', 'warning', 'info'] as const).map((s) => (
        <div key={s} className={styles.tile} role="status" aria-label={t('countAria', { label: t(LABEL[s]), count: counts[s] })} data-severity-count={s}>
          <span className={styles.label}>
            <SeverityIcon severity={s} />
            {t(LABEL[s])}
          </span>
          <Text className={counts[s] === 0 ? `${styles.count} ${styles.zero}` : styles.count} style={counts[s] ? { color: SEVERITY_COLOR[s] } : undefined}>
            {counts[s]}
          </Text>
        </div>
      ))}
    </div>
  );
}
