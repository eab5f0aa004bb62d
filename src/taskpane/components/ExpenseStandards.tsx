/** 费用标准: the caps calc/expense-standard compares rates with, editable per workbook. */
import * as React from 'react';
import { Button, Caption1, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowReset20Regular } from '@fluentui/react-icons';
import type { Locale } from '../../core/i18n';
import type { ExpenseStandard } from '../../core/standards/expense';
import type { PaneController, PaneState } from '../controller';
import type { Translate } from '../messages';

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground3, display: 'block', marginBottom: tokens.spacingVerticalS },
  kind: { display: 'block', fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalXS },
  caps: { display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', columnGap: tokens.spacingHorizontalS, alignItems: 'end' },
  input: { minWidth: 0, width: '100%' },
  source: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  reset: { marginTop: tokens.spacingVerticalS },
});

const UNIT = { personDay: '人·天', hour: '学时' } as const;

export function ExpenseStandards({ state, controller, t, locale }: { state: PaneState; controller: PaneController; t: Translate; locale: Locale }): React.JSX.Element {
  const styles = useStyles();
  const busy = state.phase !== 'ready';
  const standards = controller.expenseStandards();
  return (
    <>
      <Caption1 className={styles.hint}>{t('standardsHint')}</Caption1>
      {standards.map((s) => (
        <div key={s.kind} data-testid={`standards-${s.kind}`}>
          <Caption1 className={styles.kind}>
            {t('standardsKind', { name: s.name[locale], unit: UNIT[s.basis] })} <span className={styles.source}>{s.source[locale]}</span>
          </Caption1>
          <div className={styles.caps}>
            {s.classes.map((c) => (
              <CapInput
                key={`${c.label['zh-CN']}:${c.cap}`}
                standard={s}
                standardName={s.name[locale]}
                label={c.label[locale]}
                zhLabel={c.label['zh-CN']}
                cap={c.cap}
                busy={busy}
                controller={controller}
                t={t}
              />
            ))}
          </div>
        </div>
      ))}
      {state.choices.expenseStandards && (
        <Button className={styles.reset} size="small" appearance="subtle" icon={<ArrowReset20Regular />} disabled={busy} onClick={() => void controller.resetExpenseStandards()}>
          {t('standardsReset')}
        </Button>
      )}
    </>
  );
}

/** One class's cap: committed when the field loses focus or on Enter; a value that is not above 0 is refused. */
function CapInput(props: {
  standard: ExpenseStandard;
  standardName: string;
  label: string;
  zhLabel: string;
  cap: number;
  busy: boolean;
  controller: PaneController;
  t: Translate;
}): React.JSX.Element {
  const { standard, standardName, label, zhLabel, cap, busy, controller, t } = props;
  const styles = useStyles();
  const [text, setText] = React.useState(String(cap));
  const value = Number(text);
  const valid = text.trim() !== '' && Number.isFinite(value) && value > 0;
  const commit = () => {
    if (valid && value !== cap) void controller.setExpenseCap(standard.kind, zhLabel, value);
  };
  return (
    <Field label={label} size="small" validationState={valid ? 'none' : 'error'} validationMessage={valid ? undefined : t('standardsInvalid')}>
      <Input
        className={styles.input}
        size="small"
        type="number"
        min={1}
        value={text}
        disabled={busy}
        aria-label={t('standardsCapAria', { name: standardName, label, unit: UNIT[standard.basis] })}
        onChange={(_e, d) => setText(d.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </Field>
  );
}
