#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Sends the running application one webhook signed as Palomma signs them, and prints the HTTP answer (200, 401, ...).
#   PALOMMA_INTEGRITY_KEY=<key the app verifies with> ./send-test-webhook.sh [url] [reference] [status]
# Signature: X-Encoded-Data = base64 of the JSON body; X-Signature = HMAC-SHA256(integrityKey, X-Encoded-Data), lowercase hex.
set -euo pipefail

url=${1:-http://localhost:8080/palomma/webhooks}
reference=${2:-order-1}
status=${3:-approved}
key=${PALOMMA_INTEGRITY_KEY:?set PALOMMA_INTEGRITY_KEY to the integrity key the application verifies with}

webhook_id="01TEST$(date -u +%Y%m%d%H%M%S)$(printf '%06d' $((RANDOM * RANDOM % 1000000)))"
now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
body='{"webhookId":"'"$webhook_id"'","timestamp":"'"$now"'","eventType":"payin-link.update","event":{"id":"01TESTLINK'"$webhook_id"'","reference":"'"$reference"'","status":"'"$status"'","amount":150000,"amountCollected":150000,"createdAt":"'"$now"'","updatedAt":"'"$now"'"}}'
encoded=$(printf '%s' "$body" | base64 | tr -d '\n')
signature=$(printf '%s' "$encoded" | openssl dgst -sha256 -hmac "$key" | sed 's/^.*= //')

curl -sS -o /dev/null -w '%{http_code}\n' -X POST "$url" \
  -H 'Content-Type: application/json' -H "X-Encoded-Data: $encoded" -H "X-Signature: $signature" --data "$body"
