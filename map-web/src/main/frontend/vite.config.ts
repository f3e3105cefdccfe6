import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vitest/config";

/** Where `npm run dev` sends API and tile requests (CIVGIS_BACKEND, default port 8080). */
const backend = process.env.CIVGIS_BACKEND ?? "http://localhost:8080";

export default defineConfig({
  base: "/",
  plugins: [vue()],
  build: {
    // Spring Boot serves everything under classpath:/static
    outDir: "../../../target/classes/static",
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
