#!/bin/sh
# Creates secrets/ for docker-compose.yml: one folder per service, each mounted into that service
# only. Generates what can be generated (Kafka passwords, the link key, Grafana's admin password)
# and never overwrites a file that exists, so it is safe to run again after adding a service.
# Google credentials are yours to copy in; the script says where.
#
#   deploy/make-secrets.sh            # then: sudo deploy/make-secrets.sh --chown
set -eu
cd "$(dirname "$0")/.."
umask 077

services="auth-service dispatch-service roster-service notification-service reporting-service office-console"
uids="auth-service:10081 dispatch-service:10082 roster-service:10083 notification-service:10084 reporting-service:10085 office-console:10086"

random() { # bytes
  head -c "$1" /dev/urandom | base64 | tr -d '\n/+=' | cut -c1-"$(( $1 * 4 / 3 ))"
}

keep() { # file content
  [ -e "$1" ] || { printf '%s' "$2" > "$1"; echo "wrote $1"; }
}

if [ "${1:-}" = "--chown" ]; then
  # Each service runs as its own uid (docker-compose.yml `user:`), so it can read its own
  # folder and nobody else's.
  for pair in $uids; do
    chown -R "${pair#*:}" "secrets/${pair%%:*}"
    chmod -R go-rwx "secrets/${pair%%:*}"
  done
  chown -R 472 secrets/grafana   # the grafana image's uid
  chown -R 1000 secrets/kafka    # the apache/kafka image's uid (appuser)
  exit 0
fi

mkdir -p secrets/kafka/users secrets/grafana
for s in $services; do
  mkdir -p "secrets/$s"
  keep "secrets/$s/kafka-password" "$(random 24)"
  # kafka-init creates the SCRAM user from the same password.
  [ -e "secrets/kafka/users/$s" ] || cp "secrets/$s/kafka-password" "secrets/kafka/users/$s"
done
keep secrets/kafka/admin-password "$(random 24)"
admin=$(cat secrets/kafka/admin-password)
keep secrets/kafka/kafka_server_jaas.conf "KafkaServer {
  org.apache.kafka.common.security.plain.PlainLoginModule required
    username=\"admin\" password=\"$admin\" user_admin=\"$admin\";
  org.apache.kafka.common.security.scram.ScramLoginModule required;
};
"
keep secrets/auth-service/auth-token-key "$(head -c 32 /dev/urandom | base64)"
keep secrets/grafana/admin-password "$(random 18)"

for f in secrets/roster-service/google-credentials.json secrets/reporting-service/google-credentials.json; do
  [ -e "$f" ] || echo "to do: copy the Google credentials to $f (see DEPLOY.md, Real Google)"
done
[ -e secrets/notification-service/gmail-token.json ] ||
  echo "to do: java -jar notification-service.jar authorize, then move the token file to secrets/notification-service/gmail-token.json"
echo "then: sudo $0 --chown"
