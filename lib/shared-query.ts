/**
 * Runs right after the search box is parsed (components/site-search.tsx): a shared link's `?q=` is
 * in the box from the first paint, not only once the scripts have loaded and hydrated (the search
 * hook then searches it). A constant: it carries no content or query text, and it sets the
 * textarea's value, never HTML.
 */
export const sharedQueryBootScript = `(function(){try{var q=new URLSearchParams(location.search).get("q");var b=document.currentScript.previousElementSibling.querySelector("textarea[name=q]");if(q&&b)b.value=q}catch(e){}})()`;
