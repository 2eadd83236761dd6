import type { ThemeConfig } from 'antd';

/**
 * The look of the app: a deep Party red, and colours dark enough for WCAG 2.2 AA contrast on white (antd's default
 * link blue and green tags are not).
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#a8071a',
    colorLink: '#8c0615',
    colorSuccess: '#22540b',
    colorSuccessBg: '#f0f8ea',
    colorWarning: '#6b4600',
    colorWarningBg: '#fff8e6',
    colorError: '#a8071a',
    colorErrorBg: '#fff1f0',
    colorInfo: '#0a4382',
    colorInfoBg: '#eaf2fb',
    colorTextSecondary: 'rgba(0, 0, 0, 0.70)',
    colorTextDescription: 'rgba(0, 0, 0, 0.70)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.60)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    borderRadius: 6,
    fontSize: 15,
    fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Descriptions: { labelColor: 'rgba(0, 0, 0, 0.70)' },
  },
};
