import type { ThemeConfig } from 'antd';

/**
 * The product's colours, set once for every page: the district's red, and text, links, placeholders and
 * tag colours dark enough to read — each at least 4.5:1 against the white and the light tinted backgrounds
 * they sit on (WCAG 2.1 AA). antd's defaults fall short (grey text 3.4:1, placeholders 1.8:1, tags 2.2–4.4:1).
 */
export const theme: ThemeConfig = {
  // Components take their styles from antd's stylesheet (imported in main.tsx) instead of generating
  // them while the first page renders: a quarter less script on a slow phone.
  zeroRuntime: true,
  token: {
    colorPrimary: '#b71c1c',
    colorLink: '#b71c1c',
    colorLinkHover: '#d32f2f',
    colorLinkActive: '#8b1414',
    colorError: '#c62828',
    colorSuccess: '#2e7d32',
    colorWarning: '#ad5700',
    colorInfo: '#0958d9',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    // The status colours' light backgrounds, kept light (derived from the darker colours they turn grey).
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarningBg: '#fff7e6',
    colorWarningBorder: '#ffd591',
    colorErrorBg: '#fff1f0',
    colorErrorBorder: '#ffccc7',
    colorInfoBg: '#e6f4ff',
    colorInfoBorder: '#91caff',
    // Tags draw their text in the 7th shade of a palette generated from these seeds on its 1st shade:
    // each seed is a step or two darker than antd's, so the text reads at 5:1 or better. Green, cyan,
    // lime and yellow palettes turn grey when generated darker; index.css darkens their tag text instead.
    orange: '#d46b08',
    volcano: '#d4380d',
    gold: '#ad6800',
    magenta: '#c41d7f',
    geekblue: '#1d39c4',
    purple: '#531dab',
  },
};
