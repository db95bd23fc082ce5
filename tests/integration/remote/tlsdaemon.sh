#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A private dockerd listening on 127.0.0.1:<free port> with --tlsverify, and its certificates,
# generated here with openssl, for the TLS integration test. Never touches another daemon: data
# root, exec root, pid file and certificates all live in DIR (exec root in a short /tmp dir).
#
#   tlsdaemon.sh start DIR   certificates in DIR/certs: ca.pem, server-{cert,key}.pem,
#                            client/{ca,cert,key}.pem (the right client, DOCKER_CERT_PATH layout),
#                            wrong/{ca,cert,key}.pem (a client certificate from another CA);
#                            DIR/env has DOCKSCOPE_TEST_TLS_PORT and DOCKSCOPE_TEST_TLS_CERTS
#   tlsdaemon.sh stop DIR
set -euo pipefail

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }
die() { echo "tlsdaemon.sh: $*" >&2; exit 1; }
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

stop() {
    if [ -f "$dir/dockerd.pid" ]; then
        local pid i; pid=$(cat "$dir/dockerd.pid")
        if kill -0 "$pid" 2>/dev/null; then
            kill -TERM "$pid" 2>/dev/null || true
            for i in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            kill -KILL "$pid" 2>/dev/null || true
        fi
        rm -f "$dir/dockerd.pid"
    fi
    if [ -f "$dir/exec-root" ]; then
        local x; x=$(cat "$dir/exec-root")
        pkill -KILL -f -- "$x/" 2>/dev/null || true
        rm -rf "$x" "$dir/exec-root"
    fi
    rm -rf "$dir/data" 2>/dev/null || true
}

gen_ca() { # dir name
    openssl genrsa -out "$1/ca-key.pem" 2048 2>/dev/null
    openssl req -x509 -new -key "$1/ca-key.pem" -sha256 -days 2 -subj "/CN=$2" -out "$1/ca.pem" 2>/dev/null
}

gen_cert() { # cadir outdir cn ext
    openssl genrsa -out "$2/key.pem" 2048 2>/dev/null
    openssl req -new -key "$2/key.pem" -subj "/CN=$3" -out "$2/req.csr" 2>/dev/null
    printf '%s\n' "$4" > "$2/ext.cnf"
    openssl x509 -req -in "$2/req.csr" -CA "$1/ca.pem" -CAkey "$1/ca-key.pem" -CAcreateserial \
        -days 2 -sha256 -extfile "$2/ext.cnf" -out "$2/cert.pem" 2>/dev/null
    rm -f "$2/req.csr" "$2/ext.cnf"
}

case "$cmd" in
start)
    stop
    command -v dockerd >/dev/null || die "dockerd not found"
    command -v openssl >/dev/null || die "openssl not found"
    c="$dir/certs"
    rm -rf "$c"; mkdir -p "$c/ca" "$c/server" "$c/client" "$c/otherca" "$c/wrong"
    gen_ca "$c/ca" dockscope-test-ca
    gen_ca "$c/otherca" dockscope-other-ca
    gen_cert "$c/ca" "$c/server" 127.0.0.1 "subjectAltName=IP:127.0.0.1
extendedKeyUsage=serverAuth"
    gen_cert "$c/ca" "$c/client" dockscope-client "extendedKeyUsage=clientAuth"
    gen_cert "$c/otherca" "$c/wrong" dockscope-wrong-client "extendedKeyUsage=clientAuth"
    cp "$c/ca/ca.pem" "$c/client/ca.pem"
    cp "$c/ca/ca.pem" "$c/wrong/ca.pem"   # trusts the right daemon, but its cert is from another CA
    chmod 600 "$c"/*/key.pem "$c"/*/ca-key.pem 2>/dev/null || true
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
    x=$(mktemp -d /tmp/dstls-XXXXXX); echo "$x" > "$dir/exec-root"
    mkdir -p "$dir/data"
    setsid dockerd \
        --iptables=false --ip-forward=false --bridge=none --storage-driver=vfs \
        --data-root "$dir/data" --exec-root "$x" --pidfile "$dir/dockerd.pid" \
        -H "tcp://127.0.0.1:$port" --tlsverify --tlscacert "$c/ca/ca.pem" \
        --tlscert "$c/server/cert.pem" --tlskey "$c/server/key.pem" \
        >"$dir/dockerd.log" 2>&1 </dev/null &
    for i in $(seq 1 300); do
        if curl -sf --max-time 2 --cacert "$c/ca/ca.pem" --cert "$c/client/cert.pem" --key "$c/client/key.pem" \
            "https://127.0.0.1:$port/_ping" >/dev/null 2>&1; then
            cat > "$dir/env" <<ENV
export DOCKSCOPE_TEST_TLS_PORT=$port
export DOCKSCOPE_TEST_TLS_CERTS=$c
ENV
            echo "tlsdaemon.sh: dockerd with --tlsverify on 127.0.0.1:$port"
            exit 0
        fi
        sleep 0.1
    done
    tail -20 "$dir/dockerd.log" >&2
    stop
    die "the TLS dockerd did not answer within 30 s"
    ;;
stop)
    stop
    ;;
*)
    die "unknown command $cmd" ;;
esac
