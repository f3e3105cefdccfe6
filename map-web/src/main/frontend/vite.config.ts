import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vitest/config";

const backend = "http://localhost:8080";

export default defineConfig({
  base: "/",
  plugins: [vue()],
  build: {
    // Spring Boot serves everything under classpath:/static
    outDir: "../../../target/classes/static",
    emptyOutDir: true,
  },
  server: {
    proxy: {
      "/api": backend,
      "/ogc": backend,
      "/actuator": backend,
      "/v3": backend,
    },
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts"],
  },
});
