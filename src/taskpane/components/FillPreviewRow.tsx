/** One candidate 三级 row in the 插入指标模板 preview: tick box, 一级/二级, 指标性质 + editable 指标值 and 度量单位, 分值, why. */
import * as React from 'react';
import { Badge, Caption1, Checkbox, Input, Select, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { Calculator16Regular, DocumentBulletList16Regular, Info16Regular } from '@fluentui/react-icons';
import type { Locale } from '../../core/i18n';
import type { FillRow } from '../../core/fill';
import { NATURES, type Nature } from '../../core/fill/model';
import type { Translate } from '../messages';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    transitionProperty: 'border-color, background-color',
    transitionDuration: tokens.durationFaster,
  },
  itemSelected: { border: `1px solid ${tokens.colorBrandStroke2}`, backgroundColor: tokens.colorBrandBackground2 },
  head: { display: 'flex', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalXS },
  check: { flexGrow: 1, minWidth: 0, '& label': { fontWeight: tokens.fontWeightSemibold, wordBreak: 'break-word', paddingTop: '6px', paddingBottom: '4px' } },
  badge: { flexShrink: 0, marginTop: '8px' },
  meta: { color: tokens.colorNeutralForeground3, paddingLeft: '32px', marginTop: '-4px' },
  inputs: {
    display: 'grid',
    gridTemplateColumns: 'minmax(52px, auto) minmax(0, 1fr) minmax(64px, 30%)',
    columnGap: tokens.spacingHorizontalXS,
    paddingLeft: '32px',
  },
  input: { minWidth: 0, width: '100%' },
  nature: { minWidth: 0, '& select': { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold } },
  note: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalXS,
    paddingLeft: '32px',
    color: tokens.colorNeutralForeground3,
    wordBreak: 'break-word',
  },
  noteWarn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  noteIcon: { flexShrink: 0, marginTop: '2px' },
});

export interface FillPreviewRowProps {
  row: FillRow;
  locale: Locale;
  t: Translate;
  disabled: boolean;
  onToggle(selected: boolean): void;
  onEdit(patch: { value?: string; unit?: string; nature?: Nature }): void;
}

export function FillPreviewRow({ row, locale, t, disabled, onToggle, onEdit }: FillPreviewRowProps): React.JSX.Element {
  const styles = useStyles();
  const group = `${row.level1Text} › ${row.level2Text}`;
  const qualitative = row.nature === '定性';
  const score = row.score === null ? t('fillScoreBlank') : t('fillScore', { score: row.score });
  // A note on an unticked row says why it is unticked; on a ticked row, where its value came from.
  const warn = !row.selected && row.note !== null;
  // The box is named by its visible label (the 三级 name); group, score and the note describe it.
  const metaId = useId('fill-row-meta-');
  const noteId = useId('fill-row-note-');
  return (
    <li
      className={mergeClasses(styles.item, row.selected && styles.itemSelected)}
      data-testid="fill-row"
      data-name={row.name}
      data-selected={row.selected ? 'true' : 'false'}
    >
      <div className={styles.head}>
        <Checkbox
          className={styles.check}
          checked={row.selected}
          disabled={disabled}
          label={row.name}
          aria-describedby={row.note ? `${metaId} ${noteId}` : metaId}
          data-testid="fill-row-check"
          onChange={(_e, d) => onToggle(d.checked === true)}
        />
        <Badge
          className={styles.badge}
          size="small"
          appearance="tint"
          color={row.source === 'calc' ? 'brand' : 'informative'}
          icon={row.source === 'calc' ? <Calculator16Regular /> : <DocumentBulletList16Regular />}
        >
          {row.source === 'calc' ? t('fillSourceCalc') : t('fillSourceTemplate')}
        </Badge>
      </div>
      <Caption1 id={metaId} className={styles.meta}>
        {group} · {score}
      </Caption1>
      <div className={styles.inputs}>
        <Select
          className={styles.nature}
          size="small"
          value={row.nature}
          disabled={disabled || qualitative}
          aria-label={t('fillNatureAria', { name: row.name })}
          data-testid="fill-nature"
          onChange={(_e, d) => onEdit({ nature: d.value as Nature })}
        >
          {(qualitative ? NATURES : NATURES.filter((n) => n !== '定性')).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </Select>
        <Input
          className={styles.input}
          size="small"
          value={row.value}
          disabled={disabled}
          placeholder={t('fillValue')}
          aria-label={t('fillValueAria', { name: row.name })}
          data-testid="fill-value"
          onChange={(_e, d) => onEdit({ value: d.value })}
        />
        <Input
          className={styles.input}
          size="small"
          value={row.unit}
          disabled={disabled || qualitative}
          placeholder={qualitative ? '—' : t('fillUnit')}
          aria-label={t('fillUnitAria', { name: row.name })}
          data-testid="fill-unit"
          onChange={(_e, d) => onEdit({ unit: d.value })}
        />
      </div>
      {row.note && (
        <Caption1 id={noteId} className={mergeClasses(styles.note, warn && styles.noteWarn)} data-testid="fill-row-note">
          <Info16Regular className={styles.noteIcon} aria-hidden />
          <span>{row.note[locale]}</span>
        </Caption1>
      )}
    </li>
  );
}
