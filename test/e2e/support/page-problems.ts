import type { Page } from 'playwright-core';

declare global {
  interface Window {
    cspViolations: string[];
  }
}

/**
 * Collects what a user never sees but a defect leaves behind: console errors and uncaught
 * exceptions into `problems`, Content Security Policy violations into `window.cspViolations`.
 * The app is one page that never navigates again, so listeners added now see every later event.
 */
export async function watchPageProblems(page: Page, problems: string[]): Promise<void> {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.evaluate(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}
