/** 全部修正 preview: every cell the rule's fixes change, now → after, before anything is written. */
import * as React from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { FixAllPreview } from '../controller';
import type { Translate } from '../messages';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(460px, calc(100vw - 24px))' },
  scroll: { maxHeight: '260px', overflowY: 'auto', overflowX: 'auto', marginTop: tokens.spacingVerticalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  // A formula is one token: it never breaks inside "/10000"; a long one scrolls sideways instead.
  before: { color: tokens.colorPaletteRedForeground1, whiteSpace: 'nowrap', wordBreak: 'keep-all', overflowWrap: 'normal' },
  after: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap', wordBreak: 'keep-all', overflowWrap: 'normal' },
  formula: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'nowrap' },
  value: { display: 'block', color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular, whiteSpace: 'nowrap' },
  cell: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'nowrap' },
  table: { minWidth: '100%', width: 'auto', tableLayout: 'auto' },
});

export function FixAllDialog({ preview, ruleName, t, onConfirm, onCancel }: { preview: FixAllPreview | null; ruleName: string; t: Translate; onConfirm(): void; onCancel(): void }): React.JSX.Element {
  const styles = useStyles();
  return (
    <Dialog open={preview !== null} modalType="modal" onOpenChange={(_e, d) => !d.open && onCancel()}>
      <DialogSurface className={styles.surface} aria-label={t('previewTitle', { rule: ruleName })}>
        <DialogBody>
          <DialogTitle>{t('previewTitle', { rule: ruleName })}</DialogTitle>
          <DialogContent>
            <Text>{t('previewIntro', { count: preview?.rows.length ?? 0 })}</Text>
            <div className={styles.scroll}>
              <Table size="small" className={styles.table} aria-label={t('previewTitle', { rule: ruleName })}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t('previewCell')}</TableHeaderCell>
                    <TableHeaderCell>{t('previewBefore')}</TableHeaderCell>
                    <TableHeaderCell>{t('previewAfter')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {(preview?.rows ?? []).map((r, i) => (
                    <TableRow key={i} data-testid="preview-row">
                      <TableCell className={styles.cell}>{r.cell}</TableCell>
                      <TableCell className={styles.before}>
                        <span className={r.before.startsWith('=') ? styles.formula : undefined} data-testid="preview-before">
                          {r.before}
                        </span>
                      </TableCell>
                      <TableCell className={styles.after}>
                        <span className={r.after.startsWith('=') ? styles.formula : undefined} data-testid="preview-after">
                          {r.after}
                        </span>
                        {r.value !== undefined && (
                          <span className={styles.value} data-testid="preview-value">
                            {t('previewValue', { value: r.value })}
                          </span>
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" aria-label={t('previewCancel')} onClick={onCancel}>
              {t('previewCancel')}
            </Button>
            <Button appearance="primary" aria-label={t('previewConfirm')} onClick={onConfirm}>
              {t('previewConfirm')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
