/** Static export: every page is pre-rendered, so `out/` runs from any static host or CDN. */
/** @type {import('next').NextConfig} */
module.exports = {
  output: "export",
  trailingSlash: false,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: { globalNotFound: true },
};
