// What the workshop's browser tests read and do on the facilitator's, projector's and phones'
// pages, shared so both workshop tests drive them the same way.
import type { Page } from 'playwright-core';

/** N until the projector shows the last page of the scene's last part (N turns pages first). */
export async function toSceneEnd(fac: Page): Promise<void> {
  for (let guard = 0; guard < 40; guard++) {
    const page =
      (await fac.locator('[data-projector-page]').count()) > 0
        ? await fac.locator('[data-projector-page]').getAttribute('data-projector-page')
        : null;
    const [n, of] = (page ?? '1/1').split('/').map(Number);
    if ((n ?? 1) >= (of ?? 1) && (await fac.locator('[data-action="continue-scene"]').count()) === 0) return;
    await fac.keyboard.press('n');
  }
}

/** The facilitator's phase (setup, scene, vote, …). */
export const phase = (page: Page) => page.locator('.ws-control').getAttribute('data-phase');
/** What the projector shows. */
export const audiencePhase = (page: Page) => page.locator('[data-audience]').getAttribute('data-audience');
