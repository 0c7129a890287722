import { createTheme, darken, luminance, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
});

/** WCAG 2.1 AA asks 4.5:1 for body text; Mantine's default shades give 2.4–4.3:1 for coloured text, fills and badges. */
const AA_TEXT = 4.5;

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The lightest shade (from 7 up, then shade 9 darkened step by step) that reads at AA both as text on
 * the palette's light background (shade 1, used by light badges and alerts) and, by symmetry, as a fill under white text.
 */
function readableInk(shades: MantineColorsTuple): string {
  const lightBackground = shades[1];
  for (const shade of [shades[7], shades[8], shades[9]]) if (contrast(shade, lightBackground) >= AA_TEXT) return shade;
  let ink = shades[9];
  for (let step = 0; step < 10 && contrast(ink, lightBackground) < AA_TEXT; step++) ink = darken(ink, 0.1);
  return ink;
}

/**
 * Light scheme only: every colour's filled, outline, light-variant and text colour becomes its readable ink,
 * and dimmed meta text moves from gray 6 (3.3:1) to gray 7 (8:1).
 */
export const accessibleColors: CSSVariablesResolver = (t) => {
  const light: Record<string, string> = { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' };
  for (const [name, shades] of Object.entries(t.colors)) {
    if (!Array.isArray(shades)) continue; // virtual colours point at real ones
    const ink = readableInk(shades as MantineColorsTuple);
    light[`--mantine-color-${name}-filled`] = ink;
    light[`--mantine-color-${name}-filled-hover`] = darken(ink, 0.1);
    light[`--mantine-color-${name}-outline`] = ink;
    light[`--mantine-color-${name}-light-color`] = ink;
    light[`--mantine-color-${name}-text`] = ink;
  }
  const primaryInk = `var(--mantine-color-${t.primaryColor}-filled)`;
  light['--mantine-color-anchor'] = primaryInk;
  light['--mantine-color-error'] = 'var(--mantine-color-red-filled)';
  return { variables: {}, light, dark: {} };
};
