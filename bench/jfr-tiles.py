#!/usr/bin/env python3
"""Where the app's request threads ran while serving tiles: the execution samples of a flight
recording (`jfr print --json --events jdk.ExecutionSample`), each given to the first part of the
app it falls in, from the running frame towards the caller (JDK frames count for their caller,
except hashing). Prints a Markdown table.

    python3 bench/jfr-tiles.py samples.json
"""
import collections
import json
import sys

PARTS = [
    (("java.security.", "sun.security."), "ETag: SHA-256 of the tile"),
    (("org.postgresql.",), "JDBC driver: the query sent, the tile read"),
    (("com.zaxxer.hikari.",), "connection pool (HikariCP)"),
    (("org.springframework.jdbc.",), "Spring JDBC (JdbcClient, named parameters)"),
    (("org.civgis.",), "our code (tile cache, layers, controller)"),
    (("org.springframework.security.", "org.springframework.session."), "Spring Security and Session filters"),
    (("org.springframework.", "io.micrometer."), "Spring MVC, filters and observation"),
    (("org.apache.",), "Tomcat: HTTP read and written"),
]


def part(frames):
    for frame in frames:
        name = frame["method"]["type"]["name"].replace("/", ".")
        for prefixes, label in PARTS:
            if name.startswith(prefixes):
                return label
    return "other (JDK only)"


def main(path):
    events = json.load(open(path, encoding="utf-8"))["recording"]["events"]
    parts = collections.Counter()
    leaves = collections.Counter()
    for event in events:
        values = event["values"]
        thread = (values.get("sampledThread") or {}).get("javaName") or ""
        if "-exec-" not in thread:
            continue
        frames = (values.get("stackTrace") or {}).get("frames") or []
        if not frames:
            continue
        parts[part(frames)] += 1
        top = frames[0]["method"]
        leaves[top["type"]["name"].replace("/", ".") + "." + top["name"]] += 1
    total = sum(parts.values())
    if total == 0:
        print("No execution samples on the request threads.")
        return
    print(f"Profile of the app's request threads while serving the tile rounds ({total} execution")
    print("samples, one a millisecond at most; a thread waiting for PostgreSQL or the client is not")
    print("sampled), each counted for the first part of the app met from the running frame up:")
    print()
    print("| part | samples | share |")
    print("|---|---|---|")
    for label, count in parts.most_common():
        print(f"| {label} | {count} | {100 * count / total:.0f} % |")
    print()
    print("Running methods most sampled: " + "; ".join(
        f"`{name}` {count}" for name, count in leaves.most_common(8)) + ".")


if __name__ == "__main__":
    main(sys.argv[1])
