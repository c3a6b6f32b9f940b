/** Stored choice; without one the site follows the system's light/dark setting. */
export const themeStorageKey = "theme";

/**
 * Runs in <head> before the first paint so a dark-mode visitor never sees a white flash.
 * A constant: it carries no content or query text.
 */
export const themeBootScript = `(function(){try{var t=localStorage.getItem("${themeStorageKey}");var d=t?t==="dark":matchMedia("(prefers-color-scheme: dark)").matches;document.documentElement.classList.toggle("dark",d)}catch(e){}})()`;
