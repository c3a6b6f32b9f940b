/** No app code: no stylesheet, no client components, no scripts of our own. */
export const metadata = { title: "Reference page", description: "A bare Next.js page that Lighthouse runs next to the portal's pages." };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
