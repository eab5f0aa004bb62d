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
  surface: { maxWidth: 'min(420px, calc(100vw - 24px))' },
  scroll: { maxHeight: '260px', overflowY: 'auto', marginTop: tokens.spacingVerticalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  before: { color: tokens.colorPaletteRedForeground1, wordBreak: 'break-all' },
  after: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold, wordBreak: 'break-all' },
  cell: { fontFamily: tokens.fontFamilyMonospace },
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
              <Table size="small" aria-label={t('previewTitle', { rule: ruleName })}>
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
                      <TableCell className={styles.before}>{r.before}</TableCell>
                      <TableCell className={styles.after}>{r.after}</TableCell>
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
