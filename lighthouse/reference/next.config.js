/** The Lighthouse reference: a bare Next.js static page, built and exported like the portal. */
module.exports = { output: "export", poweredByHeader: false };
