import "./globals.css";

/**
 * Pass-through: each locale's layout (app/[locale]/layout.tsx) renders <html lang>, and so do
 * the language chooser at / and the root 404, so every page carries its own language.
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
