import "element-plus/dist/index.css";
import "../theme.css";
import { createApp } from "vue";
import FieldApp from "./FieldApp.vue";

createApp(FieldApp).mount("#field");

// the service worker answers the app from its cache when there is no network
if ("serviceWorker" in navigator) {
  void navigator.serviceWorker.register("/field-sw.js", { scope: "/" }).catch(() => undefined);
}
