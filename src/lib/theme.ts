import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// NHS blue (#005EB8) sits at shade 6 so filled buttons keep white text above 4.5:1.
const nhsBlue: MantineColorsTuple = [
  '#e6f0fa',
  '#cce0f5',
  '#99c2eb',
  '#66a3e0',
  '#3385d6',
  '#0a6fcf',
  '#005eb8',
  '#004f9c',
  '#00407f',
  '#003063',
];

export const theme = createTheme({
  primaryColor: 'nhsBlue',
  // The same shade in dark mode: shade 4 under white text is 3.9:1, below AA.
  primaryShade: { light: 6, dark: 6 },
  colors: { nhsBlue },
  fontFamily: 'Arial, "Liberation Sans", Helvetica, sans-serif',
  defaultRadius: 'sm',
  focusRing: 'always',
  cursorType: 'pointer',
  // Menus, dialogs and notices appear at once for people who ask their device for less motion.
  respectReducedMotion: true,
  components: {
    // Mantine draws a dialog's title bar as <header>, which browsers and axe expose as a second
    // banner landmark beside the app's own while a dialog is open. A plain box keeps one banner
    // for every Modal (enrol, add staff, flag action ...), not one dialog at a time.
    ModalHeader: { defaultProps: { component: 'div' } },
  },
});

/** Colour tokens per scheme: every CSS module takes its colours from here, never a literal,
 * so a colour that passes AA in light cannot fail in dark. Mantine's default dimmed, error
 * and placeholder greys fall under AA on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--tone-danger': '#a61e1e',
    '--tone-warning': '#8a4b00',
    '--tone-success': '#1e6b34',
    '--tone-info': '#1c4f8a',
    '--tone-neutral': '#495057',
    '--row-focus-bg': 'var(--mantine-color-nhsBlue-0)',
    // Secondary text in plain-CSS cells (NHS number, "since" dates): 7:1 on white.
    '--text-secondary': '#495057',
    '--focus-outline': '#003063',
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-anchor': 'var(--mantine-color-nhsBlue-7)',
  },
  dark: {
    '--tone-danger': '#ffa8a8',
    '--tone-warning': '#ffc078',
    '--tone-success': '#8ce99a',
    '--tone-info': '#a5d8ff',
    '--tone-neutral': '#ced4da',
    '--row-focus-bg': 'var(--mantine-color-dark-5)',
    // The light grey would be 1.9:1 on the dark rows; dark-1 is over 9:1 on dark-7.
    '--text-secondary': 'var(--mantine-color-dark-1)',
    '--focus-outline': 'var(--mantine-color-nhsBlue-2)',
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
    '--mantine-color-placeholder': 'var(--mantine-color-dark-1)',
    '--mantine-color-anchor': 'var(--mantine-color-nhsBlue-2)',
  },
});
