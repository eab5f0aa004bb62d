/** 校验范围: the calc and indicator sheet pickers and the detected column roles. */
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Field,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowReset20Regular } from '@fluentui/react-icons';
import { columnLetters } from '../../core/address';
import type { PaneController, PaneState } from '../controller';
import type { Translate, PaneMessageKey } from '../messages';
import type { Locale } from '../../core/i18n';
import { ExpenseStandards } from './ExpenseStandards';
import { DescribedButton } from './Described';

const useStyles = makeStyles({
  pickers: { display: 'grid', gridTemplateColumns: '1fr', rowGap: tokens.spacingVerticalS },
  roles: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3, display: 'block', marginBottom: tokens.spacingVerticalS },
  accordionHeader: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  panel: { margin: 0, paddingBottom: tokens.spacingVerticalS },
  reset: { marginTop: tokens.spacingVerticalS },
});

/** Column roles shown for a calc sheet, in reading order. */
const ROLES: { role: string; label: PaneMessageKey }[] = [
  { role: 'seq', label: 'roleSeq' },
  { role: 'name', label: 'roleName' },
  { role: 'price', label: 'rolePrice' },
  { role: 'quantity', label: 'roleQuantity' },
  { role: 'unit', label: 'roleUnit' },
  { role: 'factor', label: 'roleFactor' },
  { role: 'amount', label: 'roleAmount' },
  { role: 'basis', label: 'roleBasis' },
  { role: 'remark', label: 'roleRemark' },
];

export function SheetChoices({ state, controller, t, locale }: { state: PaneState; controller: PaneController; t: Translate; locale: Locale }): React.JSX.Element {
  const styles = useStyles();
  const busy = state.phase !== 'ready';
  const detectedCalc = new Set(state.detected.calcSheets.map((c) => c.sheet));
  const detectedInd = new Set(state.detected.indicatorSheets.map((c) => c.sheet));
  const optionLabel = (name: string, detected: Set<string>) =>
    detected.has(name) ? t('sheetDetected', { sheet: name }) : name === state.activeSheet ? t('sheetActive', { sheet: name }) : name;

  const calc = state.detected.calcSheets.find((c) => c.sheet === state.choices.calcSheet);
  const headers = calc ? (state.headers[calc.sheet] ?? []) : [];
  const overrides = calc ? (state.choices.columnOverrides[calc.sheet] ?? {}) : {};
  const columnCount = Math.max(headers.length, ...Object.values(calc?.columns ?? {}).flat().map((c) => c + 1), 0);

  return (
    <div className={styles.pickers}>
      <Field label={t('calcSheetLabel')}>
        <Select
          aria-label={t('calcSheetLabel')}
          value={state.choices.calcSheet}
          disabled={busy}
          onChange={(_e, d) => void controller.chooseSheets({ calcSheet: d.value })}
        >
          <option value="">{t('sheetNone')}</option>
          {state.sheetNames.map((n) => (
            <option key={n} value={n}>
              {optionLabel(n, detectedCalc)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('indicatorSheetLabel')}>
        <Select
          aria-label={t('indicatorSheetLabel')}
          value={state.choices.indicatorSheet}
          disabled={busy}
          onChange={(_e, d) => void controller.chooseSheets({ indicatorSheet: d.value })}
        >
          <option value="">{t('sheetNone')}</option>
          {state.sheetNames.map((n) => (
            <option key={n} value={n}>
              {optionLabel(n, detectedInd)}
            </option>
          ))}
        </Select>
      </Field>
      <Accordion collapsible>
        <AccordionItem value="columns">
          <AccordionHeader size="small" className={styles.accordionHeader}>
            {t('columnsToggle')}
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            {!calc ? (
              <Caption1 className={styles.hint}>{t('columnsUnknown')}</Caption1>
            ) : (
              <>
                <Caption1 className={styles.hint}>{t('columnsHint', { row: calc.headerRow + 1 })}</Caption1>
                <div className={styles.roles}>
                  {ROLES.map(({ role, label }) => {
                    const detected = calc.columns[role];
                    const current = overrides[role] ?? (Array.isArray(detected) ? detected[0] : detected);
                    return (
                      <Field key={role} label={t(label)} size="small">
                        <Select
                          size="small"
                          aria-label={t(label)}
                          value={current === undefined ? '' : String(current)}
                          disabled={busy}
                          onChange={(_e, d) => d.value !== '' && void controller.chooseColumn(calc.sheet, role, Number(d.value))}
                        >
                          {current === undefined && <option value="">{t('columnNotUsed')}</option>}
                          {Array.from({ length: columnCount }, (_v, col) => (
                            <option key={col} value={String(col)}>
                              {t('columnOption', { col: columnLetters(col), header: headers[col] || '—' })}
                            </option>
                          ))}
                        </Select>
                      </Field>
                    );
                  })}
                </div>
                {Object.keys(overrides).length > 0 && (
                  <DescribedButton
                    className={styles.reset}
                    size="small"
                    appearance="subtle"
                    icon={<ArrowReset20Regular />}
                    description={t('columnsResetHelp')}
                    disabled={busy}
                    onClick={() => void controller.resetColumns(calc.sheet)}
                  >
                    {t('columnsReset')}
                  </DescribedButton>
                )}
              </>
            )}
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="standards">
          <AccordionHeader size="small" className={styles.accordionHeader}>
            {t('standardsToggle')}
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <ExpenseStandards state={state} controller={controller} t={t} locale={locale} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
