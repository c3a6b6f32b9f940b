/**
 * Serves out/ with Debian's nginx and deploy/nginx.conf, for the e2e suite's second run
 * (E2E_SERVER=nginx): a throwaway main config in a temp folder, nginx in the foreground.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const port = Number(process.env.PORT ?? 8080);
const out = join(process.cwd(), "out");
const dir = mkdtempSync(join(tmpdir(), "nginx-e2e-"));

const site = readFileSync(join(process.cwd(), "deploy", "nginx.conf"), "utf8")
  .replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${port};`)
  .replace(/^(\s*)root .*;/m, `$1root ${out};`);
writeFileSync(join(dir, "site.conf"), site);
writeFileSync(
  join(dir, "nginx.conf"),
  `${process.getuid?.() === 0 ? "user root;\n" : ""}worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
);

const nginx = spawn(
  process.env.NGINX ?? (existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx"),
  ["-p", dir, "-c", join(dir, "nginx.conf"), "-e", "stderr", "-g", "daemon off;"],
  { stdio: "inherit" },
);
nginx.on("exit", (code) => {
  rmSync(dir, { recursive: true, force: true });
  process.exitCode = code ?? 0;
});
for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => nginx.kill("SIGQUIT"));
console.log(`nginx serving ${out} at http://127.0.0.1:${port}`);
