import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import vue from "@vitejs/plugin-vue";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

/** Where the build goes: Spring Boot serves everything under classpath:/static. */
const outDir = "../../../target/classes/static";

/**
 * Writes a brotli (.br) and a gzip (.gz) copy next to every built script, style sheet and SVG of
 * 1 KB or more, at the highest levels: the server sends them as they are to a browser that
 * accepts them, so nothing is compressed per request.
 */
function precompress(): Plugin {
  let folder = "";
  return {
    name: "civgis-precompress",
    apply: "build",
    configResolved(config) {
      folder = resolve(config.root, config.build.outDir, config.build.assetsDir);
    },
    async closeBundle() {
      for (const name of await readdir(folder)) {
        if (!/\.(js|css|svg)$/.test(name)) continue;
        const file = join(folder, name);
        const content = await readFile(file);
        if (content.length < 1024) continue;
        await writeFile(
          `${file}.br`,
          brotliCompressSync(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
        );
        await writeFile(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

/** Where `npm run dev` sends API and tile requests (CIVGIS_BACKEND, default port 8080). */
const backend = process.env.CIVGIS_BACKEND ?? "http://localhost:8080";

export default defineConfig({
  base: "/",
  plugins: [vue(), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    // two pages: the main app and the installable field app (外业踏勘)
    rollupOptions: {
      input: { main: "index.html", field: "field.html" },
    },
  },
  server: {
    // no CORS handling: it would answer OPTIONS itself, and the app reads the backend's Allow
    cors: false,
    proxy: {
      "/api": backend,
      "/ogc": backend,
      "/tiles": backend,
      "/actuator": backend,
      "/v3": backend,
    },
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts"],
  },
});
