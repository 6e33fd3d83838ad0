import type { ThemeConfig } from 'antd';

// Latin system fonts first, then the CJK fonts each system ships, so both languages render
// with native glyphs; Noto Sans CJK SC is the one on Linux.
const fontFamily = [
  '-apple-system',
  'BlinkMacSystemFont',
  "'Segoe UI'",
  "'PingFang SC'",
  "'Microsoft YaHei'",
  "'Noto Sans CJK SC'",
  "'Source Han Sans SC'",
  'sans-serif',
].join(', ');

const fontFamilyCode = [
  "'Cascadia Mono'",
  'Consolas',
  "'SF Mono'",
  "'DejaVu Sans Mono'",
  "'Noto Sans Mono CJK SC'",
  'monospace',
].join(', ');

/** A calm, quiet look: one muted blue-green accent, soft surfaces, text a little larger than default. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#2b6f8a',
    colorInfo: '#2b6f8a',
    colorBgLayout: '#f3f6f7',
    colorTextBase: '#1f2a30',
    // Darker than antd's grey so help text stays readable (WCAG AA on white).
    colorTextSecondary: '#55636a',
    colorTextDescription: '#55636a',
    // Set, not derived: antd's derivation turns this muted blue's tints grey, which reads as disabled.
    colorPrimaryBg: '#e1eef2',
    colorPrimaryBgHover: '#cfe4ec',
    colorInfoBg: '#e8f2f6',
    colorInfoBorder: '#b7d4df',
    controlOutline: 'rgba(43, 111, 138, 0.3)',
    controlOutlineWidth: 3,
    borderRadius: 8,
    fontSize: 15,
    fontFamily,
    fontFamilyCode,
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', headerHeight: 60, headerPadding: '0 24px' },
    Menu: { itemHeight: 44, itemMarginInline: 8 },
  },
};
