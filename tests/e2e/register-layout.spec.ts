import { expect, test, type Page } from '@playwright/test';
import { PRIYA, expectAccessible, freshDemo, openTodaysRegister } from './helpers';

// A dense register. The biggest demo cohort (Autumn A – online, 18 people) on
// a laptop, an iPad, a phone and a large screen; each size prints what it measured.

interface Size {
  width: number;
  height: number;
  touch: boolean;
  maxRow: number;
  /** Rows fully on screen at the top of the page, before any scrolling. */
  minVisible: number;
}
const SIZES: Size[] = [
  { width: 1366, height: 768, touch: false, maxRow: 40, minVisible: 14 },
  { width: 768, height: 1024, touch: true, maxRow: 100, minVisible: 0 },
  { width: 390, height: 844, touch: true, maxRow: 100, minVisible: 0 },
  { width: 1920, height: 1080, touch: false, maxRow: 40, minVisible: 18 },
];

async function openRegister(page: Page) {
  await freshDemo(page);
  await page.getByRole('button', { name: PRIYA }).click();
  await expect(page.getByRole('heading', { name: 'Cohorts', level: 1 })).toBeVisible();
  await openTodaysRegister(page);
}

/** Row heights and how many rows are wholly on screen, at the top of the page and with the
 * register scrolled up under its sticky header. */
function measure(page: Page) {
  return page.evaluate(() => {
    const register = document.querySelector('[role="group"][aria-label^="Register for session"]');
    const rows = [...(register?.children ?? [])] as HTMLElement[];
    const rects = () => rows.map((r) => r.getBoundingClientRect());
    window.scrollTo(0, 0);
    const top = rects();
    const visible = top.filter((r) => r.top >= 0 && r.bottom <= window.innerHeight).length;
    // Scrolled: the first row just below the sticky header (and the fixed app header).
    let sticky = document.querySelector('[role="status"]');
    while (sticky && getComputedStyle(sticky).position !== 'sticky') sticky = sticky.parentElement;
    const stickyHeight = sticky?.getBoundingClientRect().height ?? 0;
    window.scrollTo(0, top[0]!.top - 60 - stickyHeight);
    const floor = 60 + stickyHeight;
    const perScreen = rects().filter(
      (r) => r.top >= floor - 1 && r.bottom <= window.innerHeight,
    ).length;
    window.scrollTo(0, 0);
    return {
      rows: rows.length,
      rowPx: Math.round(Math.max(...top.map((r) => r.height))),
      visible,
      perScreen,
      pageHeight: document.documentElement.scrollHeight,
    };
  });
}

/** Each option: its visible text (key cap left out), accessible name, top, and whether a key
 * cap or the keyboard help shows. */
function options(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[role="radiogroup"]')].map((group) =>
      [...group.querySelectorAll<HTMLElement>('[role="radio"]')].map((radio) => {
        const key = radio.getAttribute('aria-keyshortcuts') ?? '';
        const shown = (el: HTMLElement) =>
          getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().width > 0;
        const parts = [...radio.children] as HTMLElement[];
        const keyCap = parts.find((p) => p.textContent === key);
        const text = parts
          .filter((p) => p !== keyCap && shown(p))
          .map((p) => p.innerText)
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim();
        return {
          name: radio.getAttribute('aria-label') ?? '',
          text,
          keyCap: keyCap ? shown(keyCap) : false,
          top: Math.round(radio.getBoundingClientRect().top),
        };
      }),
    ),
  );
}

for (const size of SIZES) {
  const label = `${size.width}x${size.height}`;
  test.describe(label, () => {
    test.use({
      viewport: { width: size.width, height: size.height },
      hasTouch: size.touch,
      isMobile: size.touch,
    });

    test(`the register of 18 at ${label}: row height, rows on screen, labels, axe light and dark`, async ({
      page,
    }, testInfo) => {
      await openRegister(page);
      const m = await measure(page);
      const marked = await (async () => {
        // Absences add the catch-up box: the row must stay as compact.
        const rows = page.getByRole('radiogroup');
        await rows.nth(1).getByRole('radio', { name: 'Did not attend' }).click();
        await rows.nth(2).getByRole('radio', { name: 'Cancelled (gave notice)' }).click();
        await rows.nth(3).getByRole('radio', { name: 'Late, not seen' }).click();
        await expect(page.getByText('3 of 18 marked')).toBeVisible();
        return measure(page);
      })();
      const opts = await options(page);
      const oneLine = opts.every((o) => o.every((x) => Math.abs(x.top - o[0]!.top) <= 2));
      const keyCaps = opts.flat().filter((o) => o.keyCap).length;
      const help = await page.getByText(/^Keyboard:/).isVisible();
      console.log(
        `layout ${label}: row ${m.rowPx} px (${marked.rowPx} px with absences marked), ` +
          `${m.visible} of ${m.rows} visible, ${m.perScreen} per screen scrolled, ` +
          `page ${m.pageHeight} px; codes on one line: ${oneLine}; key caps shown: ${keyCaps}; ` +
          `keyboard help shown: ${help}`,
      );

      expect(m.rows).toBe(18);
      expect(m.rowPx).toBeLessThanOrEqual(size.maxRow);
      expect(marked.rowPx).toBeLessThanOrEqual(size.maxRow);
      expect(m.visible).toBeGreaterThanOrEqual(size.minVisible);
      expect(oneLine, 'each row’s five codes on one line').toBe(true);
      // WCAG 2.5.3: what a button shows is inside its accessible name.
      for (const o of opts.flat()) {
        expect(o.text.length).toBeGreaterThan(0);
        expect(o.name.toLowerCase()).toContain(o.text.toLowerCase());
      }
      // Key caps and keyboard help only where there is a keyboard.
      expect(keyCaps).toBe(size.touch ? 0 : 90);
      expect(help).toBe(!size.touch);

      await page.screenshot({ path: testInfo.outputPath(`register-${label}.png`) });
      await expectAccessible(page, `register at ${label}`);
    });
  });
}
