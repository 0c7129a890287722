const RELOADED_AT = 'guildhall:reloaded-for-new-build';

/**
 * After a deploy, a page opened earlier asks for code chunks of the build it came with, which
 * no longer exist. Load the new build instead of failing — once: if its chunks fail too, within
 * a minute, the error reaches the page as usual instead of reloading in a loop.
 */
export function reloadOnNewBuild(window: Window) {
  window.addEventListener('vite:preloadError', () => {
    const last = Number(window.sessionStorage.getItem(RELOADED_AT) ?? 0);
    if (Date.now() - last < 60_000) return;
    window.sessionStorage.setItem(RELOADED_AT, String(Date.now()));
    window.location.reload();
  });
}
