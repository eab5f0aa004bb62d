import * as React from 'react';
import { tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { Severity } from '../../core/report';

export const SEVERITY_COLOR: Record<Severity, string> = {
  error: tokens.colorStatusDangerForeground1,
  warning: tokens.colorStatusWarningForeground3,
  info: tokens.colorBrandForeground1,
};

export function SeverityIcon({ severity }: { severity: Severity }): React.JSX.Element {
  const style = { color: SEVERITY_COLOR[severity], flexShrink: 0 };
  if (severity === 'error') return <ErrorCircle16Filled style={style} aria-hidden />;
  if (severity === 'warning') return <Warning16Filled style={style} aria-hidden />;
  return <Info16Filled style={style} aria-hidden />;
}
