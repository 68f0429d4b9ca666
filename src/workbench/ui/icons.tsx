/** The few glyphs the workbench chrome needs, as inline SVG (no icon package dependency). */
import type { SVGProps } from 'react';

const base = (props: SVGProps<SVGSVGElement>) => ({
  width: 16, height: 16, viewBox: '0 0 20 20', fill: 'currentColor', 'aria-hidden': true, focusable: false, ...props,
});

export const DismissIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...base(p)}><path d="M4.1 4.1a.75.75 0 0 1 1.06 0L10 8.94l4.84-4.84a.75.75 0 1 1 1.06 1.06L11.06 10l4.84 4.84a.75.75 0 0 1-1.06 1.06L10 11.06l-4.84 4.84a.75.75 0 0 1-1.06-1.06L8.94 10 4.1 5.16a.75.75 0 0 1 0-1.06Z" /></svg>
);
export const PinIcon = ({ filled, ...p }: SVGProps<SVGSVGElement> & { filled?: boolean }) => (
  <svg {...base(p)}>
    {filled
      ? <path d="M12.9 2.3a1.5 1.5 0 0 0-2.4.4L8.7 6.3 5.2 7.5a1 1 0 0 0-.4 1.6l2.6 2.6-4.2 4.2-.2.9.9-.2 4.2-4.2 2.6 2.6a1 1 0 0 0 1.6-.4l1.2-3.5 3.6-1.8a1.5 1.5 0 0 0 .4-2.4l-4.6-4.6Z" />
      : <path d="M10.5 2.7a1.5 1.5 0 0 1 2.4-.4l4.8 4.8a1.5 1.5 0 0 1-.4 2.4l-3.6 1.8-1.2 3.5a1 1 0 0 1-1.6.4L8.3 12.6l-4.2 4.2-.9.2.2-.9 4.2-4.2-2.6-2.6a1 1 0 0 1 .4-1.6l3.5-1.2 1.6-3.8Zm1.7.3-1.7 3.8a1 1 0 0 1-.6.5l-3.2 1.1 5 5 1.1-3.2a1 1 0 0 1 .5-.6l3.8-1.7-4.9-4.9Z" />}
  </svg>
);
export const AttachIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...base(p)}><path d="M4.5 10.5 10 5a2.5 2.5 0 0 1 3.5 3.5l-6 6a1 1 0 0 1-1.4-1.4l5.5-5.5.7.7-5.5 5.5.7.7 6-6a3.5 3.5 0 0 0-5-5L3 10a4.5 4.5 0 0 0 6.4 6.4l5.5-5.5-.7-.7-5.5 5.5A3.5 3.5 0 1 1 3.8 10.7l.7-.2Z" /></svg>
);
export const SettingsIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...base(p)}>
    <mask id="wb-gear-hole"><rect width="20" height="20" fill="#fff" /><circle cx="10" cy="10" r="2.6" fill="#000" /></mask>
    <g mask="url(#wb-gear-hole)">
      {[0, 45, 90, 135].map((a) => <rect key={a} x="8.6" y="1.5" width="2.8" height="17" rx="1" transform={`rotate(${a} 10 10)`} />)}
      <circle cx="10" cy="10" r="5.8" />
    </g>
  </svg>
);
export const ThemeIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...base(p)}><path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm0 1v14a7 7 0 0 1 0-14Z" /></svg>
);
export const OpenFileIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...base(p)}><path d="M3 5.5A2.5 2.5 0 0 1 5.5 3h2.4l1.6 1.6h5A2.5 2.5 0 0 1 17 7.1v.4h-1v-.4c0-.8-.7-1.5-1.5-1.5H9.1L7.5 4h-2C4.7 4 4 4.7 4 5.5v9l2-5.3a1 1 0 0 1 .9-.7h11a1 1 0 0 1 .9 1.3l-2 5.5a1 1 0 0 1-.9.7H4.5A1.5 1.5 0 0 1 3 14.5v-9Zm3.9 4-2.3 6h11.3l2.2-6H6.9Z" /></svg>
);
export const ImportantIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...base(p)}><path d="M9 3h2l-.5 9h-1L9 3Zm1 11a1.25 1.25 0 1 1 0 2.5 1.25 1.25 0 0 1 0-2.5Z" /></svg>
);
