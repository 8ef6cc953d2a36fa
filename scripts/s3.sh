#!/usr/bin/env bash
# A real S3-compatible server on 127.0.0.1 for Blinq's object-store tests: S3Proxy
# (org.gaul:s3proxy, Apache-2.0) storing on the local disk, so every object is a plain file
# under $BLINQ_S3_DIR/data/<bucket>/ and a bucket is a directory there.
#
#   scripts/s3.sh fetch     download S3Proxy and its dependencies from Maven Central
#   scripts/s3.sh start     create the bucket (first time) and start in the background
#   scripts/s3.sh stop      stop it (the data dir is kept, so `start` brings the objects back)
#   scripts/s3.sh status    say whether it answers
#   scripts/s3.sh url       print the endpoint, http://127.0.0.1:$PORT
#   scripts/s3.sh env       print `export` lines for a client (object_store's
#                           AmazonS3Builder::from_env), e.g. eval "$(scripts/s3.sh env)"
#
# Needs Java 17+ and Maven (for `fetch`); curl to check the bucket after `start`.
# Settings (environment):
#   BLINQ_S3_HOME           the jars                       (default ~/.cache/blinq-s3proxy)
#   BLINQ_S3_PORT           the HTTP port on 127.0.0.1     (default 9010)
#   BLINQ_S3_DIR            config, data, log, pid         (default /tmp/blinq-s3-$PORT)
#   BLINQ_S3_BUCKET         the bucket created by `start`  (default blinq)
#   BLINQ_S3_ACCESS_KEY     the access key id              (default blinq-test)
#   BLINQ_S3_SECRET_KEY     the secret access key          (default blinq-test-secret)
#   BLINQ_S3_START_TIMEOUT  seconds to wait for the port   (default 60)
#   BLINQ_S3_LOG_LEVEL      logback level of the server    (default info; debug is very chatty)
#   BLINQ_S3_PROVIDER       filesystem-nio2 (default) or filesystem, S3Proxy's two disk
#                           backends. The older jclouds `filesystem` one is deprecated and lists
#                           every directory as an extra object "<dir>/" of size 4096 in
#                           listings without a delimiter; filesystem-nio2 does not.
#
# Requests are signed (AWS SigV2 or SigV4, any region); buckets are addressed path-style
# (http://127.0.0.1:$PORT/<bucket>/<key>). Known limits of S3Proxy 2.6.0 on disk: conditional
# PUTs (If-None-Match: *, If-Match) are ignored, i.e. the object is overwritten; multipart
# uploads work, but an upload that is neither completed nor aborted shows up in listings as
# two empty objects (".mpus-<id>-<key>-stub" and "<id>").
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
home="${BLINQ_S3_HOME:-$HOME/.cache/blinq-s3proxy}"
lib="$home/lib"
port="${BLINQ_S3_PORT:-9010}"
dir="${BLINQ_S3_DIR:-/tmp/blinq-s3-$port}"
bucket="${BLINQ_S3_BUCKET:-blinq}"
access_key="${BLINQ_S3_ACCESS_KEY:-blinq-test}"
secret_key="${BLINQ_S3_SECRET_KEY:-blinq-test-secret}"
timeout="${BLINQ_S3_START_TIMEOUT:-60}"
provider="${BLINQ_S3_PROVIDER:-filesystem-nio2}"
pidfile="$dir/s3proxy.pid"
log="$dir/s3proxy.log"
endpoint="http://127.0.0.1:$port"

say() { echo "s3.sh: $*" >&2; }

fetch() {
    if [ -f "$lib/.complete" ]; then
        return 0
    fi
    # Tests start servers of their own in parallel: one fetch at a time.
    mkdir -p "$home"
    exec 9>"$home/.fetch.lock"
    flock 9
    if [ -f "$lib/.complete" ]; then
        return 0
    fi
    command -v mvn >/dev/null || { say "Maven (mvn) is needed to fetch S3Proxy"; exit 1; }
    say "fetching org.gaul:s3proxy and its dependencies into $lib"
    rm -rf "$lib"
    mkdir -p "$lib"
    (cd "$here/s3" && mvn -q -B dependency:copy-dependencies \
        -DincludeScope=runtime -DoutputDirectory="$lib")
    ls "$lib"/s3proxy-*.jar >/dev/null
    touch "$lib/.complete"
}

# Our server is running: the pid in the pid file is alive and is S3Proxy (not a reused pid).
running() {
    [ -f "$pidfile" ] || return 1
    local pid
    pid="$(cat "$pidfile")"
    kill -0 "$pid" 2>/dev/null || return 1
    if [ -r "/proc/$pid/cmdline" ]; then
        tr '\0' ' ' <"/proc/$pid/cmdline" | grep org.gaul.s3proxy.Main >/dev/null
    fi
}

# The process we started is alive. Unlike `running`, this does not read its command line: just
# after the fork that is still this script's until the child has exec'd java, which on a busy
# machine can take a while. The pid is our own unreaped child, so it cannot have been reused.
started_alive() {
    kill -0 "$1" 2>/dev/null
}

# Something accepts connections on the port.
answers() {
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
}

# A signed request; prints the HTTP status code. S3Proxy needs x-amz-content-sha256 with SigV4
# (without it: a 500 NullPointerException), and curl before 8.x does not send it by itself.
s3_status() {
    curl -s -o /dev/null -w '%{http_code}' --max-time 10 \
        --aws-sigv4 "aws:amz:us-east-1:s3" --user "$access_key:$secret_key" \
        -H "x-amz-content-sha256: UNSIGNED-PAYLOAD" "$@"
}

# The bucket is served: a signed HEAD of it is 200 (checks the credentials too).
check_bucket() {
    if ! command -v curl >/dev/null; then
        say "curl not found; not checking that bucket $bucket is served"
        return 0
    fi
    local code
    code="$(s3_status -I "$endpoint/$bucket")" || true
    if [ "$code" != 200 ]; then
        tail -30 "$log" >&2 || true
        say "HEAD $endpoint/$bucket answered ${code:-nothing}, not 200 (log: $log)"
        exit 1
    fi
}

start() {
    fetch
    command -v java >/dev/null || { say "Java 17+ is needed to run S3Proxy"; exit 1; }
    case "$provider" in
        filesystem | filesystem-nio2) ;;
        *) say "BLINQ_S3_PROVIDER must be filesystem-nio2 or filesystem, not $provider"; exit 2 ;;
    esac
    # On disk a bucket is a directory under the basedir.
    mkdir -p "$dir/data/$bucket"
    if running; then
        check_bucket
        say "already running (pid $(cat "$pidfile")) on $endpoint, bucket $bucket"
        return 0
    fi
    rm -f "$pidfile"
    if answers; then
        say "127.0.0.1:$port is taken by another process (set BLINQ_S3_PORT)"
        exit 1
    fi
    cat >"$dir/s3proxy.conf" <<EOF
s3proxy.endpoint=$endpoint
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$access_key
s3proxy.credential=$secret_key
# Clients send headers S3Proxy does not implement (object_store sends x-amz-checksum-sha256
# with every DeleteObjects): accept them rather than answer 501.
s3proxy.ignore-unknown-headers=true
jclouds.provider=$provider
jclouds.filesystem.basedir=$dir/data
# Unused by the disk backends, but filesystem-nio2 refuses to start without them.
jclouds.identity=unused
jclouds.credential=unused
EOF
    # Without a configuration logback logs everything at DEBUG (megabytes per minute). The
    # appender must write to stdout: when not on a terminal S3Proxy replaces System.err by a
    # stream into its logger, so a System.err appender would log nothing.
    cat >"$dir/logback.xml" <<EOF
<configuration>
  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
    <target>System.out</target>
    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n</pattern></encoder>
  </appender>
  <root level="${BLINQ_S3_LOG_LEVEL:-info}"><appender-ref ref="OUT"/></root>
</configuration>
EOF
    nohup java -Xms32m -Xmx256m -XX:+UseSerialGC \
        -Dlogback.configurationFile="$dir/logback.xml" \
        -cp "$lib/*" org.gaul.s3proxy.Main --properties "$dir/s3proxy.conf" \
        >>"$log" 2>&1 </dev/null &
    local pid=$!
    echo "$pid" >"$pidfile"
    local waited=0
    until answers; do
        if ! started_alive "$pid"; then
            tail -30 "$log" >&2
            say "S3Proxy exited during start (log: $log)"
            rm -f "$pidfile"
            exit 1
        fi
        if [ "$waited" -ge "$((timeout * 5))" ]; then
            tail -30 "$log" >&2
            say "S3Proxy did not open 127.0.0.1:$port within ${timeout}s (log: $log); stopping it"
            stop >/dev/null 2>&1
            exit 1
        fi
        sleep 0.2
        waited=$((waited + 1))
    done
    # The port may have been taken by someone else in the meantime: then our server fails to
    # bind and exits. By now it has exec'd java, so `running` can read its command line.
    sleep 0.3
    if ! started_alive "$pid" || ! running; then
        tail -30 "$log" >&2
        say "S3Proxy exited during start (log: $log)"
        rm -f "$pidfile"
        exit 1
    fi
    check_bucket
    say "running (pid $(cat "$pidfile")) on $endpoint, bucket $bucket, data in $dir/data"
}

stop() {
    if ! running; then
        say "not running"
        rm -f "$pidfile"
        return 0
    fi
    local pid
    pid="$(cat "$pidfile")"
    kill "$pid"
    for _ in $(seq 1 150); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
    done
    if kill -0 "$pid" 2>/dev/null; then
        say "S3Proxy did not stop in 30s; killing it"
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile"
    say "stopped"
}

status() {
    if running && answers; then
        say "running (pid $(cat "$pidfile")) on $endpoint, bucket $bucket"
    else
        say "not running on 127.0.0.1:$port"
        exit 1
    fi
}

env_lines() {
    printf 'export %s=%q\n' \
        AWS_ACCESS_KEY_ID "$access_key" \
        AWS_SECRET_ACCESS_KEY "$secret_key" \
        AWS_REGION us-east-1 \
        AWS_ENDPOINT "$endpoint" \
        AWS_ALLOW_HTTP true \
        BLINQ_S3_BUCKET "$bucket"
}

case "${1:-}" in
    fetch) fetch ;;
    start) start ;;
    stop) stop ;;
    status) status ;;
    url) echo "$endpoint" ;;
    env) env_lines ;;
    *)
        echo "usage: $0 fetch|start|stop|status|url|env" >&2
        exit 2
        ;;
esac
