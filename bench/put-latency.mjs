// Latency of a validated PUT through the API: GET the feature (for its ETag), PUT it back with new
// remarks, time the PUT only. Prints p50/p95/max in milliseconds as JSON.
//
//   node bench/put-latency.mjs BASE_URL TOKEN FEATURE_PATH WARMUP RUNS [remarks|outline]
//
// `outline` also moves one vertex of the outline (the middle vertex of the first ring) about 1 m
// and back on the next run, as a correction with its reason: every PUT then runs the checks on
// save of the division's neighbourhood (its warnings acknowledged, its shared edges detached).
const [base, token, path, warmup, runs, mode = "remarks"] = process.argv.slice(2);
const headers = { Authorization: `Bearer ${token}` };

async function once(i) {
  const read = await fetch(base + path, { headers });
  if (!read.ok) throw new Error(`GET ${path}: ${read.status}`);
  const etag = read.headers.get("etag");
  const feature = await read.json();
  feature.properties.remarks = `基准测试 ${i}`;
  if (mode === "outline") {
    // towards the ring's mean point on even runs (a sliver of a gap: a warning), back on odd ones
    const ring = feature.geometry.coordinates[0][0];
    const k = Math.floor(ring.length / 2);
    const mean = ring.reduce((m, p) => [m[0] + p[0] / ring.length, m[1] + p[1] / ring.length], [0, 0]);
    const [dx, dy] = [mean[0] - ring[k][0], mean[1] - ring[k][1]];
    const step = ((i % 2 === 0 ? 1 : -1) * 1e-5) / Math.hypot(dx, dy);
    ring[k] = [ring[k][0] + dx * step, ring[k][1] + dy * step];
    Object.assign(feature.properties, {
      changeKind: "CORRECTION",
      reason: "基准测试：移动一个界址点",
      acknowledgeWarnings: true,
      detachSharedEdges: true,
    });
  }
  const body = JSON.stringify(feature);
  const started = process.hrtime.bigint();
  const put = await fetch(base + path, {
    method: "PUT",
    headers: { ...headers, "Content-Type": "application/geo+json", "If-Match": etag },
    body,
  });
  await put.arrayBuffer();
  const millis = Number(process.hrtime.bigint() - started) / 1e6;
  if (put.status !== 200) throw new Error(`PUT ${path}: ${put.status}`);
  return millis;
}

for (let i = 0; i < Number(warmup); i++) await once(i);
const times = [];
for (let i = 0; i < Number(runs); i++) times.push(await once(i));
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
console.log(JSON.stringify({ runs: times.length, p50: at(0.5), p95: at(0.95), max: at(1) }));
