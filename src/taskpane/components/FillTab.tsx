/**
 * 插入指标模板: choose project type(s) and/or 从资金测算表生成, preview the rows (tick, edit 指标值 and
 * 度量单位), then 插入所选 through the journal (one 撤销) and see what was inserted, skipped and noted.
 */
import * as React from 'react';
import { CARD, SECTION_TITLE } from '../styles';
import { Caption1, Checkbox, Label, MessageBar, MessageBarBody, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import { ArrowImport20Regular, CheckmarkCircle20Regular, Dismiss16Regular, Eye20Regular, Table16Regular, TableInsertRow20Regular } from '@fluentui/react-icons';
import type { Locale } from '../../core/i18n';
import { templateLibrary } from '../../core/fill';
import type { PaneController, PaneState } from '../controller';
import type { Translate } from '../messages';
import { FillPreviewRow } from './FillPreviewRow';
import { FillResultCard } from './FillResultCard';
import { DescribedButton, useDescription } from './Described';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  card: CARD,
  sectionTitle: SECTION_TITLE,
  target: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  types: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(136px, 1fr))',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalXS,
    margin: `0 calc(-1 * ${tokens.spacingHorizontalS})`,
  },
  fromCalc: { display: 'flex', flexDirection: 'column', margin: `0 calc(-1 * ${tokens.spacingHorizontalS})` },
  hint: { color: tokens.colorNeutralForeground3, paddingLeft: '32px', marginTop: '-6px' },
  typesField: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  typesLabel: { fontWeight: tokens.fontWeightSemibold },
  typesHint: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  primary: { flexGrow: 1, minHeight: '32px' },
  imported: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  importedText: { flexGrow: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  hiddenInput: { display: 'none' },
  previewHead: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  previewTitle: { flexGrow: 1, minWidth: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  insertBar: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  insert: { width: '100%', minHeight: '36px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface FillTabProps {
  state: PaneState;
  controller: PaneController;
  locale: Locale;
  t: Translate;
}

export function FillTab({ state, controller, locale, t }: FillTabProps): React.JSX.Element {
  const styles = useStyles();
  const busy = state.phase !== 'ready';
  const fill = state.fill;
  const fileInput = React.useRef<HTMLInputElement>(null);
  const library = templateLibrary(fill.userTemplates);
  const userTypes = new Set(fill.userTemplates.map((s) => s.type));
  const rows = fill.rows;
  const selected = rows?.filter((r) => r.selected).length ?? 0;
  // Before a preview, the pane's chosen indicator sheet says where rows go; after, the proposal does.
  const target = rows ? fill.sheet : state.choices.indicatorSheet || null;
  const undoLabel = state.undoLabel?.[locale];
  // Ids of this tab's own: the 项目类型 group's label and hint (each checkbox gets its own id from Fluent).
  const typesLabelId = useId('fill-types-label-');
  const typesHintId = useId('fill-types-hint-');
  const fromCalcHintId = useId('fill-from-calc-hint-');
  const selectAllHelp = useDescription(t('fillSelectAllHelp'));
  const done = fill.done && fill.result !== null;
  const insertText = done ? (fill.result!.unchanged ? t('fillInsertUnchanged') : t('fillInsertDone', { count: fill.result!.inserted.length })) : t('fillInsert', { count: selected });

  const toggleType = (type: string, on: boolean) =>
    controller.setFillTypes(on ? [...fill.types.filter((x) => x !== type), type] : fill.types.filter((x) => x !== type));

  const onFile = (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // choosing the same file again fires change again
    if (file) void controller.importFillTemplates(file.name, () => file.text());
  };

  return (
    <div className={styles.tab}>
      <div className={styles.card} role="region" aria-label={t('fillSection')}>
        <Text className={styles.sectionTitle}>{t('fillSection')}</Text>
        {target ? (
          <Caption1 className={styles.target} data-testid="fill-target">
            <Table16Regular aria-hidden />
            {t('fillTarget', { sheet: target })}
          </Caption1>
        ) : (
          <MessageBar intent="info" layout="multiline" data-testid="fill-new-sheet">
            <MessageBarBody>{t('fillNewSheet')}</MessageBarBody>
          </MessageBar>
        )}

        {/* Not a Fluent Field: a Field gives its one control id to every checkbox inside it, so a
            click on the label 会议类 would tick 通用. A labelled group, and each box its own id. */}
        <div className={styles.typesField}>
          <Label id={typesLabelId} className={styles.typesLabel}>
            {t('fillTypes')}
          </Label>
          <div className={styles.types} role="group" aria-labelledby={typesLabelId} aria-describedby={typesHintId}>
            {library.map((set) => {
              const label = userTypes.has(set.type) ? t('fillUserType', { label: set.label[locale] }) : set.label[locale];
              return (
                <Checkbox
                  key={set.type}
                  label={label}
                  checked={fill.types.includes(set.type)}
                  disabled={busy}
                  data-testid="fill-type"
                  data-type={set.type}
                  onChange={(_e, d) => toggleType(set.type, d.checked === true)}
                />
              );
            })}
          </div>
          <Caption1 id={typesHintId} className={styles.typesHint}>
            {t('fillTypesHint')}
          </Caption1>
        </div>

        <div className={styles.fromCalc}>
          <Checkbox
            label={t('fillFromCalc')}
            checked={fill.fromCalc}
            disabled={busy}
            data-testid="fill-from-calc"
            aria-describedby={fromCalcHintId}
            onChange={(_e, d) => controller.setFillFromCalc(d.checked === true)}
          />
          <Caption1 id={fromCalcHintId} className={styles.hint}>
            {t('fillFromCalcHint')}
          </Caption1>
        </div>

        <div className={styles.actions}>
          <DescribedButton
            className={styles.primary}
            appearance="primary"
            icon={<Eye20Regular />}
            disabled={busy || (fill.types.length === 0 && !fill.fromCalc)}
            description={t('fillProposeHelp')}
            data-testid="fill-propose"
            onClick={() => void controller.proposeFill()}
          >
            {rows ? t('fillProposeAgain') : t('fillPropose')}
          </DescribedButton>
          <DescribedButton
            icon={<ArrowImport20Regular />}
            disabled={busy}
            description={t('fillImportHelp')}
            data-testid="fill-import"
            onClick={() => fileInput.current?.click()}
          >
            {t('fillImport')}
          </DescribedButton>
          <input
            ref={fileInput}
            className={styles.hiddenInput}
            type="file"
            accept=".json,application/json"
            tabIndex={-1}
            aria-hidden
            data-testid="fill-import-input"
            onChange={onFile}
          />
        </div>
        {fill.userTemplatesFile && (
          <Caption1 className={styles.imported} data-testid="fill-imported">
            <span className={styles.importedText} title={fill.userTemplatesFile}>
              {t('fillImported', { file: fill.userTemplatesFile, types: fill.userTemplates.map((s) => s.type).join('、') })}
            </span>
            <DescribedButton
              size="small"
              appearance="subtle"
              icon={<Dismiss16Regular />}
              disabled={busy}
              aria-label={t('fillRemoveImported')}
              title={t('fillRemoveImported')}
              description={null}
              onClick={() => controller.removeFillTemplates()}
            />
          </Caption1>
        )}
        {fill.unknownTypes.length > 0 && (
          <MessageBar intent="warning" data-testid="fill-unknown-types">
            <MessageBarBody>{t('fillUnknownTypes', { types: fill.unknownTypes.join('、') })}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      {fill.result && <FillResultCard result={fill.result} locale={locale} t={t} busy={busy} undoLabel={undoLabel} controller={controller} />}

      {rows && (
        <div className={styles.card} role="region" aria-label={t('fillPreview', { selected, total: rows.length })} data-testid="fill-preview">
          <div className={styles.previewHead}>
            <Text className={`${styles.sectionTitle} ${styles.previewTitle}`} aria-live="polite">
              {t('fillPreview', { selected, total: rows.length })}
            </Text>
            {rows.length > 0 && (
              <Checkbox
                label={t('fillSelectAll')}
                aria-describedby={selectAllHelp.describedBy}
                checked={selected === rows.length ? true : selected === 0 ? false : 'mixed'}
                disabled={busy}
                data-testid="fill-select-all"
                onChange={() => controller.setAllFillRows(selected !== rows.length)}
              />
            )}
            {rows.length > 0 && selectAllHelp.node}
          </div>
          {rows.length === 0 ? (
            <Caption1 className={styles.muted}>{t('fillPreviewEmpty')}</Caption1>
          ) : (
            <>
              <Caption1 className={styles.muted}>{t('fillPreviewHint')}</Caption1>
              <ul className={styles.list}>
                {rows.map((row) => (
                  <FillPreviewRow
                    key={row.id}
                    row={row}
                    locale={locale}
                    t={t}
                    disabled={busy}
                    onToggle={(on) => controller.toggleFillRow(row.id, on)}
                    onEdit={(patch) => controller.editFillRow(row.id, patch)}
                  />
                ))}
              </ul>
            </>
          )}
        </div>
      )}

      {rows && rows.length > 0 && (
        <div className={styles.insertBar}>
          <DescribedButton
            className={styles.insert}
            appearance="primary"
            icon={done ? <CheckmarkCircle20Regular /> : <TableInsertRow20Regular />}
            disabled={busy || selected === 0 || done}
            description={done ? t('fillInsertDoneHelp') : selected === 0 ? t('fillInsertNone') : t('fillInsertHelp', { count: selected })}
            data-testid="fill-insert"
            data-done={done ? 'true' : 'false'}
            onClick={() => void controller.insertFill()}
          >
            {insertText}
          </DescribedButton>
        </div>
      )}
    </div>
  );
}
