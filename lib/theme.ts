/** Stored choice; without one the site follows the system's light/dark setting. */
export const themeStorageKey = "theme";

/**
 * Runs in <head> before the first paint so a stored choice never flashes the other theme (CSS
 * alone follows the system). A constant: it carries no content or query text.
 */
export const themeBootScript = `(function(){try{var t=localStorage.getItem("${themeStorageKey}");var d=t?t==="dark":matchMedia("(prefers-color-scheme: dark)").matches;var c=document.documentElement.classList;c.toggle("dark",d);c.toggle("light",!d)}catch(e){}})()`;
