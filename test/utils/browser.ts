/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they use DOM types.
import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { projectRoot } from '../../src/common/project-root';
import { createTestApp, type TestApp, type TestAppOptions } from './test-app';

/** Debian's Chromium (CI installs it in .ci/run); never a browser downloaded by Playwright. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`No Chromium at ${CHROMIUM_PATH}: apt-get install chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export interface WebApp extends TestApp {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
}

/** The real app (test database and search, as createTestApp) listening on a free port, serving the built web/dist. */
export async function startWebApp(options: TestAppOptions = {}): Promise<WebApp> {
  const index = join(projectRoot(), 'web', 'dist', 'index.html');
  if (!existsSync(index)) throw new Error(`${index} is missing: run \`npm run build\` first (npm test does)`);
  const app = await createTestApp(options);
  await app.app.listen(0, '127.0.0.1');
  const { port } = app.app.getHttpServer().address() as AddressInfo;
  return { ...app, url: `http://127.0.0.1:${port}` };
}

/**
 * React Aria's Button announces "pending" through its live region by pointing at the button's id; once that
 * button is gone (the sign-in page after signing in) the reference dangles until the announcer drops it
 * (7 s). Screen readers read the message when it is added, so nobody hears the leftover, but axe flags it:
 * wait until every reference in a live region resolves.
 */
function announcerSettled(page: Page): Promise<unknown> {
  return page.waitForFunction(
    () =>
      Array.from(document.querySelectorAll('[aria-live] [aria-labelledby]')).every((element) =>
        (element.getAttribute('aria-labelledby') ?? '')
          .split(/\s+/)
          .filter(Boolean)
          .every((id) => document.getElementById(id)),
      ),
    undefined,
    { timeout: 10_000 },
  );
}

/** axe-core over the page as it is now (WCAG 2.1 A and AA rules): fails on any serious or critical violation. */
export async function expectNoSeriousAxeViolations(page: Page, what = page.url()): Promise<void> {
  await announcerSettled(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
  if (serious.length) throw new Error(`axe found serious violations on ${what}:\n${serious.join('\n')}`);
}

/** With SCREENSHOT_DIR set, saves a PNG there (to look at what the journey saw): the full page unless told otherwise. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: join(dir, `${name}.png`), fullPage: options.fullPage ?? true });
}

/** First contentful paint of the current page, in ms (waits for it if it has not happened yet). */
export function firstContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) resolve(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
}

/** The text an element's aria-describedby points to (its description, as a screen reader reads it). */
export function accessibleDescription(page: Page, selector: ReturnType<Page['locator']>): Promise<string> {
  return selector.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim(),
  );
}

/**
 * Collects what a user would never see but a broken page shows: uncaught script errors and console errors
 * (CSP refusals, failed scripts). Error answers a journey provokes on purpose (4xx) are logged by Chromium
 * too and do not count.
 */
export function recordPageProblems(page: Page, problems: string[]): void {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/^Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())) {
      problems.push(`console: ${message.text()}`);
    }
  });
}

/** How many pixels the page is wider than the window (0: no horizontal scrolling, e.g. at 375 px). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
