/** Style pieces shared by the pane's cards (Griffel style objects, spread into makeStyles). */
import { tokens } from '@fluentui/react-components';

export const CARD = {
  display: 'flex',
  flexDirection: 'column',
  rowGap: tokens.spacingVerticalS,
  padding: tokens.spacingHorizontalM,
  borderRadius: tokens.borderRadiusLarge,
  backgroundColor: tokens.colorNeutralBackground1,
  boxShadow: tokens.shadow4,
} as const;

export const SECTION_TITLE = {
  fontSize: tokens.fontSizeBase200,
  fontWeight: tokens.fontWeightSemibold,
  color: tokens.colorNeutralForeground2,
} as const;
