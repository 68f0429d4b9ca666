/** Pane theme: follows Office's colours, and the OS when forced colours (high contrast) are on. */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { OfficeThemeColors } from '../office';

export type ThemeKind = 'light' | 'dark' | 'high-contrast';

export const FORCED_COLORS_QUERY = '(forced-colors: active)';

/** True for a dark "#rrggbb"/"#rgb" colour (perceived brightness below one half). */
export function isDarkColor(hex: string): boolean {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) return false;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
  return (0.299 * r + 0.587 * g + 0.114 * b) / 255 < 0.5;
}

export function pickThemeKind(colors: OfficeThemeColors | null | undefined, forcedColors: boolean): ThemeKind {
  if (forcedColors) return 'high-contrast';
  if (colors && isDarkColor(colors.bodyBackgroundColor)) return 'dark';
  return 'light';
}

export function forcedColorsQuery(): MediaQueryList | null {
  return typeof globalThis.matchMedia === 'function' ? globalThis.matchMedia(FORCED_COLORS_QUERY) : null;
}

export const THEMES: Readonly<Record<ThemeKind, Theme>> = {
  light: webLightTheme,
  dark: webDarkTheme,
  'high-contrast': teamsHighContrastTheme,
};
