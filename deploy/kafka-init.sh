#!/bin/sh
# docker-compose's kafka-init job (image apache/kafka): waits for the brokers, creates every topic
# of deploy/kafka-acls.txt (and its DLTs) with the cluster's replication settings, one SCRAM-SHA-512
# user per service, and the ACLs that file lists. Safe to run again: every step is idempotent.
#
# Reads: /etc/crew-dispatch/kafka-acls.txt, and from /run/secrets/kafka: admin-password and
# users/<service> (each service's Kafka password, the same as secrets/<service>/kafka-password).
# Env: KAFKA_INIT_BOOTSTRAP (the brokers' BROKER listener), KAFKA_BROKERS (how many to wait for),
# KAFKA_REPLICATION_FACTOR, KAFKA_PARTITIONS.
set -eu

BIN=${KAFKA_BIN:-/opt/kafka/bin}
ACLS=${KAFKA_ACLS_FILE:-/etc/crew-dispatch/kafka-acls.txt}
SECRETS=${KAFKA_SECRETS_DIR:-/run/secrets/kafka}
BOOTSTRAP=${KAFKA_INIT_BOOTSTRAP:-kafka-1:9091}
BROKERS=${KAFKA_BROKERS:-3}
RF=${KAFKA_REPLICATION_FACTOR:-3}
PARTITIONS=${KAFKA_PARTITIONS:-3}

ADMIN=$(mktemp)
trap 'rm -f "$ADMIN"' EXIT
cat > "$ADMIN" <<PROPS
security.protocol=SASL_PLAINTEXT
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="$(cat "$SECRETS/admin-password")";
PROPS

echo "kafka-init: waiting for $BROKERS broker(s) at $BOOTSTRAP"
tries=0
until [ "$("$BIN/kafka-broker-api-versions.sh" --bootstrap-server "$BOOTSTRAP" \
          --command-config "$ADMIN" 2>/dev/null | grep -c '^[^ ].*(id: ')" -ge "$BROKERS" ]; do
  tries=$((tries + 1))
  [ "$tries" -lt 60 ] || { echo "kafka-init: brokers not up after 5 minutes" >&2; exit 1; }
  sleep 5
done

grants=$(grep -v '^[[:space:]]*#' "$ACLS" | grep -v '^[[:space:]]*$')

topic() { # name
  config=""
  [ "$1" = "roster-members" ] && config="--config cleanup.policy=compact"
  # shellcheck disable=SC2086
  "$BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN" --create \
    --if-not-exists --topic "$1" --partitions "$PARTITIONS" --replication-factor "$RF" $config
}

acl() { # principal operation... --topic|--group name [--resource-pattern-type prefixed]
  principal=$1; shift
  "$BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN" --add \
    --allow-principal "User:$principal" "$@" >/dev/null
}

echo "$grants" | while read -r principal verb name; do
  case "$verb" in
    produces)
      topic "$name"
      acl "$principal" --operation Write --operation Describe --operation Create --topic "$name"
      ;;
    consumes)
      topic "$name"
      topic "$name-dlt"
      acl "$principal" --operation Read --operation Describe --topic "$name"
      acl "$principal" --operation Read --operation Write --operation Describe --operation Create \
        --topic "$name-dlt"
      ;;
    groups)
      acl "$principal" --operation Read --operation Describe --group "$name" \
        --resource-pattern-type prefixed
      ;;
    *) echo "kafka-init: unknown verb '$verb' in $ACLS" >&2; exit 1 ;;
  esac
done

for principal in $(echo "$grants" | awk '{print $1}' | sort -u); do
  password_file="$SECRETS/users/$principal"
  [ -s "$password_file" ] || { echo "kafka-init: missing $password_file" >&2; exit 1; }
  "$BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN" --alter \
    --entity-type users --entity-name "$principal" \
    --add-config "SCRAM-SHA-512=[iterations=8192,password=$(cat "$password_file")]" >/dev/null
  echo "kafka-init: user $principal ready"
done
echo "kafka-init: topics, users and ACLs are in place"
