// Latency of a validated PUT through the API: GET the feature (for its ETag), PUT it back with new
// remarks, time the PUT only. Prints p50/p95/max in milliseconds as JSON.
//
//   node bench/put-latency.mjs BASE_URL TOKEN FEATURE_PATH WARMUP RUNS
const [base, token, path, warmup, runs] = process.argv.slice(2);
const headers = { Authorization: `Bearer ${token}` };

async function once(i) {
  const read = await fetch(base + path, { headers });
  if (!read.ok) throw new Error(`GET ${path}: ${read.status}`);
  const etag = read.headers.get("etag");
  const feature = await read.json();
  feature.properties.remarks = `基准测试 ${i}`;
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
