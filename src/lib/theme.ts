import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// NHS blue (#005EB8) sits at shade 6 so filled buttons keep white text above 4.5:1.
const nhsBlue: MantineColorsTuple = [
  '#e6f0fa', '#cce0f5', '#99c2eb', '#66a3e0', '#3385d6', '#0a6fcf', '#005eb8', '#004f9c', '#00407f', '#003063',
];

export const theme = createTheme({
  primaryColor: 'nhsBlue',
  primaryShade: { light: 6, dark: 4 },
  colors: { nhsBlue },
  fontFamily: 'Arial, "Liberation Sans", Helvetica, sans-serif',
  defaultRadius: 'sm',
  focusRing: 'always',
  cursorType: 'pointer',
});

/** Mantine's default dimmed, error and placeholder greys fall under AA on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-anchor': 'var(--mantine-color-nhsBlue-7)',
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
    '--mantine-color-placeholder': 'var(--mantine-color-dark-1)',
    '--mantine-color-anchor': 'var(--mantine-color-nhsBlue-2)',
  },
});
