#!/usr/bin/env bash
# A real single-node Apache Kafka broker (KRaft mode) for Blinq's notification tests.
#
#   scripts/kafka.sh fetch     download the broker and its dependencies from Maven Central
#   scripts/kafka.sh start     format the log dir (first time) and start in the background
#   scripts/kafka.sh stop      stop it (the log dir is kept, so `start` resumes it)
#   scripts/kafka.sh status    say whether it answers
#
# Needs Java 17+ and Maven. Settings (environment):
#   BLINQ_KAFKA_HOME       the jars               (default ~/.cache/blinq-kafka)
#   BLINQ_KAFKA_DIR        config, data, log, pid (default /tmp/blinq-kafka-$PORT)
#   BLINQ_KAFKA_PORT       the client port on 127.0.0.1            (default 9092)
#   BLINQ_KAFKA_CONTROLLER_PORT  the KRaft controller port         (default 9093)
#   BLINQ_KAFKA_START_TIMEOUT    seconds to wait for the port      (default 90)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
home="${BLINQ_KAFKA_HOME:-$HOME/.cache/blinq-kafka}"
lib="$home/lib"
port="${BLINQ_KAFKA_PORT:-9092}"
cport="${BLINQ_KAFKA_CONTROLLER_PORT:-9093}"
dir="${BLINQ_KAFKA_DIR:-/tmp/blinq-kafka-$port}"
pidfile="$dir/kafka.pid"
timeout="${BLINQ_KAFKA_START_TIMEOUT:-90}"

say() { echo "kafka.sh: $*" >&2; }

fetch() {
    if [ -f "$lib/.complete" ]; then
        return 0
    fi
    command -v mvn >/dev/null || { say "Maven (mvn) is needed to fetch Kafka"; exit 1; }
    say "fetching org.apache.kafka:kafka_2.13 and its dependencies into $lib"
    rm -rf "$lib"
    mkdir -p "$lib"
    (cd "$here/kafka" && mvn -q -B dependency:copy-dependencies \
        -DincludeScope=runtime -DoutputDirectory="$lib")
    ls "$lib"/kafka_2.13-*.jar >/dev/null
    touch "$lib/.complete"
}

running() {
    [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

answers() {
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
}

java_run() {
    java -Xms128m -Xmx512m -XX:+UseSerialGC \
        -Dorg.slf4j.simpleLogger.defaultLogLevel="${BLINQ_KAFKA_LOG_LEVEL:-warn}" \
        -cp "$lib/*" "$@"
}

start() {
    fetch
    command -v java >/dev/null || { say "Java 17+ is needed to run Kafka"; exit 1; }
    if running; then
        say "already running (pid $(cat "$pidfile")) on 127.0.0.1:$port"
        return 0
    fi
    if answers; then
        say "127.0.0.1:$port is taken by another process"
        exit 1
    fi
    mkdir -p "$dir/data"
    cat >"$dir/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$cport
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$dir/data
num.partitions=3
auto.create.topics.enable=true
offsets.topic.replication.factor=1
offsets.topic.num.partitions=3
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
EOF
    if [ ! -f "$dir/data/meta.properties" ]; then
        java_run kafka.tools.StorageTool format --standalone \
            -t "$(java_run kafka.tools.StorageTool random-uuid)" \
            -c "$dir/server.properties" >"$dir/format.log" 2>&1 ||
            { cat "$dir/format.log" >&2; say "formatting $dir/data failed"; exit 1; }
    fi
    nohup java -Xms256m -Xmx768m -XX:+UseSerialGC \
        -Dorg.slf4j.simpleLogger.defaultLogLevel="${BLINQ_KAFKA_LOG_LEVEL:-warn}" \
        -cp "$lib/*" kafka.Kafka "$dir/server.properties" \
        >>"$dir/kafka.log" 2>&1 </dev/null &
    echo $! >"$pidfile"
    local waited=0
    until answers; do
        if ! running; then
            tail -30 "$dir/kafka.log" >&2
            say "the broker exited during start (log: $dir/kafka.log)"
            exit 1
        fi
        if [ "$waited" -ge "$((timeout * 5))" ]; then
            tail -30 "$dir/kafka.log" >&2
            say "the broker did not open 127.0.0.1:$port within ${timeout}s (log: $dir/kafka.log)"
            exit 1
        fi
        sleep 0.2
        waited=$((waited + 1))
    done
    say "running (pid $(cat "$pidfile")) on 127.0.0.1:$port, data in $dir"
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
        say "the broker did not stop in 30s; killing it"
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile"
    say "stopped"
}

status() {
    if running && answers; then
        say "running (pid $(cat "$pidfile")) on 127.0.0.1:$port"
    else
        say "not running on 127.0.0.1:$port"
        exit 1
    fi
}

case "${1:-}" in
    fetch) fetch ;;
    start) start ;;
    stop) stop ;;
    status) status ;;
    *)
        echo "usage: $0 fetch|start|stop|status" >&2
        exit 2
        ;;
esac
