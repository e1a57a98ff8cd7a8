import { Button, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';

/** Light or dark; both pass the same AA checks (the e2e suite runs axe in each). */
export function ColorSchemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const next = scheme === 'dark' ? 'light' : 'dark';
  return (
    <Button
      variant="subtle"
      size="xs"
      onClick={() => setColorScheme(next)}
      aria-pressed={scheme === 'dark'}
    >
      Dark mode
    </Button>
  );
}
