"use client";

import dynamic from "next/dynamic";

/**
 * The search box as its own chunk, for the 404 pages. The root not-found page is part of every
 * route's tree, so a plain import would put the search box in every page's first load. Still
 * server-rendered: without scripts its form is a plain GET to the search page.
 */
export const SearchBoxLazy = dynamic(() => import("./search-box").then((m) => m.SearchBox));
