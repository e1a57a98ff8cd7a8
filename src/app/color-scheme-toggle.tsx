import { useMantineColorScheme } from '@mantine/core';
import classes from './app-layout.module.css';

/** Light or dark follows the device (prefers-color-scheme) until the user chooses; the choice
 * is kept in this browser (Mantine's localStorage manager: a preference, no patient data) and
 * "Follow device" forgets it. Both schemes pass the same AA checks (the e2e suite runs axe in
 * each). A native select: a Mantine one would cost every page its combobox. */
export function ColorSchemeToggle() {
  const { colorScheme, setColorScheme, clearColorScheme } = useMantineColorScheme();
  return (
    <label className={classes.theme}>
      Theme{' '}
      <select
        value={colorScheme}
        onChange={(e) => {
          const choice = e.currentTarget.value;
          if (choice === 'light' || choice === 'dark') setColorScheme(choice);
          else clearColorScheme();
        }}
      >
        <option value="auto">Follow device</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
