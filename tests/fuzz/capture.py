#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Captures the seed corpora that come from a real Docker daemon (see README.md).

    tests/testdaemon.sh start /work/td-fuzz && source /work/td-fuzz/env
    python3 tests/fuzz/capture.py "${DOCKSCOPE_TEST_HOST#unix://}" tests/fuzz/corpus

Writes the raw bytes of each reply, exactly as the socket delivered them (status line, headers,
chunked framing), to corpus/fuzz_http_response/, framed exec output to corpus/fuzz_mux_frames/,
newline-delimited stats and events to corpus/fuzz_json_lines/ and JSON bodies to
corpus/fuzz_engine_json/. Needs the containers the README lists.
"""
import json
import os
import socket
import sys
import time

API = "/v1.41"


def exchange(sock_path, requests, linger=1.0, limit=16384):
    """Sends the requests (pipelined) and returns the raw bytes read until close or linger."""
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect(sock_path)
    s.sendall(b"".join(requests))
    s.settimeout(linger)
    out = b""
    try:
        while len(out) < limit:
            data = s.recv(65536)
            if not data:
                break
            out += data
    except socket.timeout:
        pass
    s.close()
    return out[:limit]


def request(method, path, body=None, close=False, extra=b""):
    head = f"{method} {path} HTTP/1.1\r\nHost: docker\r\nUser-Agent: dockscope\r\n".encode()
    if body is not None:
        data = json.dumps(body).encode()
        head += b"Content-Type: application/json\r\nContent-Length: %d\r\n" % len(data)
    else:
        data = b""
    if close:
        head += b"Connection: close\r\n"
    return head + extra + b"\r\n" + data


def body_of(raw):
    """The de-chunked body of one raw response."""
    head, _, rest = raw.partition(b"\r\n\r\n")
    if b"transfer-encoding: chunked" not in head.lower():
        return rest
    out = b""
    while rest:
        line, _, rest = rest.partition(b"\r\n")
        try:
            n = int(line.split(b";")[0], 16)
        except ValueError:
            break
        if n == 0:
            break
        out += rest[:n]
        rest = rest[n + 2:]
    return out


def main():
    sock, corpus = sys.argv[1], sys.argv[2]
    dirs = {k: os.path.join(corpus, k) for k in
            ("fuzz_http_response", "fuzz_mux_frames", "fuzz_json_lines", "fuzz_engine_json")}
    for d in dirs.values():
        os.makedirs(d, exist_ok=True)

    def save(kind, name, data):
        with open(os.path.join(dirs[kind], name), "wb") as f:
            f.write(data)

    now = int(time.time())
    simple = {
        "ping": request("GET", "/_ping", close=True),
        "version": request("GET", API + "/version", close=True),
        "info": request("GET", API + "/info", close=True),
        "containers": request("GET", API + "/containers/json?all=1", close=True),
        "inspect": request("GET", API + "/containers/fz-limited/json", close=True),
        "notfound": request("GET", API + "/containers/nosuch/json", close=True),
        "top": request("GET", API + "/containers/fz-limited/top", close=True),
        "stats-oneshot": request("GET", API + "/containers/fz-limited/stats?stream=false", close=True),
        "image": request("GET", API + "/images/dockscope-test:1/json", close=True),
        "history": request("GET", API + "/images/dockscope-test:1/history", close=True),
        "networks": request("GET", API + "/networks", close=True),
        "badfilter": request("GET", API + "/containers/json?filters=nojson", close=True),
        "toonew": request("GET", "/v9.99/version", close=True),
        "events": request("GET", API + f"/events?since={now - 600}&until={now}", close=True),
    }
    for name, req in simple.items():
        raw = exchange(sock, [req])
        save("fuzz_http_response", name + ".http", raw)
        if name not in ("ping", "events"):
            save("fuzz_engine_json", name + ".json", body_of(raw))
        if name == "events":
            save("fuzz_json_lines", "events.ndjson", body_of(raw))

    # Keep-alive: three replies back to back on one connection.
    save("fuzz_http_response", "pipelined.http", exchange(sock, [
        request("GET", "/_ping"), request("GET", API + "/version"),
        request("GET", API + "/containers/fz-limited/top", close=True)]))
    # A stream cut off mid-way: the stats stream for two seconds (chunked, never completes).
    raw = exchange(sock, [request("GET", API + "/containers/fz-limited/stats")], linger=2.5)
    save("fuzz_http_response", "stats-stream.http", raw)
    save("fuzz_json_lines", "stats-stream.ndjson", body_of(raw))

    # Exec: create, then start attached; non-TTY replies are framed, TTY ones raw.
    for name, container, tty, cmd in (
            ("exec-status", "fz-limited", False, ["sh", "-c", "cat /proc/1/status; echo err >&2; ls /nonexistent"]),
            ("exec-meminfo", "fz-limited", False, ["cat", "/proc/meminfo"]),
            ("exec-tty", "fz-tty", True, ["sh", "-c", "echo out; echo err >&2"])):
        created = body_of(exchange(sock, [request("POST", API + f"/containers/{container}/exec", {
            "AttachStdout": True, "AttachStderr": True, "Tty": tty, "Cmd": cmd}, close=True)]))
        exec_id = json.loads(created)["Id"]
        raw = exchange(sock, [request("POST", API + f"/exec/{exec_id}/start",
                                      {"Detach": False, "Tty": tty}, close=True)], linger=2.0)
        save("fuzz_http_response", name + ".http", raw)
        if not tty:
            save("fuzz_mux_frames", name + ".raw", raw.partition(b"\r\n\r\n")[2])
        inspect = exchange(sock, [request("GET", API + f"/exec/{exec_id}/json", close=True)])
        save("fuzz_engine_json", name + "-inspect.json", body_of(inspect))


if __name__ == "__main__":
    main()
