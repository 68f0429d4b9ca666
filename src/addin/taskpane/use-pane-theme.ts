/** The pane's theme kind, kept in step with Office theme changes and the OS forced-colours mode. */
import { useEffect, useRef, useState } from 'react';
import type { OfficeFacade, OfficeThemeColors } from '../office';
import { forcedColorsQuery, pickThemeKind, type ThemeKind } from './theme';

export function usePaneTheme(office: Pick<OfficeFacade, 'getOfficeTheme' | 'onOfficeThemeChanged'>, initial: ThemeKind): ThemeKind {
  const [kind, setKind] = useState<ThemeKind>(initial);
  const colors = useRef<OfficeThemeColors | null>(null);

  useEffect(() => {
    let active = true;
    let unsubscribe: (() => Promise<void>) | undefined;
    const query = forcedColorsQuery();
    const update = (): void => {
      if (active) setKind(pickThemeKind(colors.current, query?.matches === true));
    };

    office
      .getOfficeTheme()
      .then((current) => {
        colors.current = current;
        update();
      })
      .catch(() => update());

    office
      .onOfficeThemeChanged((next) => {
        colors.current = next;
        update();
      })
      .then((off) => {
        if (active) unsubscribe = off;
        else void off().catch(() => undefined);
      })
      .catch((error: unknown) => console.warn('[pane] theme changes are not reported', error));

    // Safari before 14 (older Mac WKWebView) only has the legacy addListener.
    if (query?.addEventListener) query.addEventListener('change', update);
    else query?.addListener?.(update);
    return () => {
      active = false;
      if (query?.removeEventListener) query.removeEventListener('change', update);
      else query?.removeListener?.(update);
      void unsubscribe?.().catch(() => undefined);
    };
  }, [office]);

  return kind;
}
