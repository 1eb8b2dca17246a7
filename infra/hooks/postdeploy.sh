#!/usr/bin/env bash
# azd postdeploy hook: creates (or updates), on the Event Grid system topic main.bicep deployed, the
# subscription that delivers BlobCreated events under uploads/ to the upload function's blob-extension
# webhook, dead-lettering what it cannot deliver into the dead-letter container with the topic's identity.
# Idempotent; runs in any cloud because every host name comes from azd outputs or az CLI (select the cloud
# first: `az cloud set -n AzureChinaCloud`).
set -euo pipefail

require() {
  if [ -z "${!1:-}" ]; then
    echo "缺少环境变量 $1：请先运行 azd provision（它会把 Bicep 输出写入 azd 环境）。" >&2
    exit 1
  fi
}
for name in AZURE_RESOURCE_GROUP AZURE_LOCATION AZURE_FUNCTION_APP_NAME AZURE_FUNCTION_APP_HOSTNAME \
  AZURE_STORAGE_ACCOUNT_ID AZURE_UPLOADS_CONTAINER AZURE_UPLOADS_DEADLETTER_CONTAINER AZURE_EVENT_GRID_SYSTEM_TOPIC; do
  require "$name"
done

group="$AZURE_RESOURCE_GROUP"
app="$AZURE_FUNCTION_APP_NAME"
subscription_name="uploads-blob-created"

az provider register --namespace Microsoft.EventGrid --wait --only-show-errors

# The upload function: the one with a blobTrigger binding, unless PILOT1X_UPLOAD_FUNCTION names it.
function_name="${PILOT1X_UPLOAD_FUNCTION:-}"
if [ -z "$function_name" ]; then
  function_name=$(az functionapp function list -g "$group" -n "$app" --only-show-errors \
    --query "[?config.bindings[?type=='blobTrigger']].name | [0]" -o tsv)
  function_name="${function_name##*/}"
fi
if [ -z "$function_name" ]; then
  echo "在函数应用 $app 中找不到 Blob 触发的上传函数：请确认 azd deploy 已成功，或用 azd env set PILOT1X_UPLOAD_FUNCTION <函数名> 指定。" >&2
  exit 1
fi

# The blobs_extension key appears once the host has started with the deployed code: wait for it.
key=""
for attempt in $(seq 1 30); do
  key=$(az functionapp keys list -g "$group" -n "$app" --only-show-errors \
    --query "systemKeys.blobs_extension" -o tsv 2>/dev/null || true)
  [ -n "$key" ] && break
  echo "等待函数宿主生成 blobs_extension 系统密钥（第 $attempt 次）……"
  sleep 10
done
if [ -z "$key" ]; then
  echo "函数应用 $app 没有 blobs_extension 系统密钥：宿主可能未能启动。请在 Application Insights 中查看启动错误后重新运行 azd deploy。" >&2
  exit 1
fi

topic="$AZURE_EVENT_GRID_SYSTEM_TOPIC"
dead_letter="$AZURE_STORAGE_ACCOUNT_ID/blobServices/default/containers/$AZURE_UPLOADS_DEADLETTER_CONTAINER"

endpoint="https://$AZURE_FUNCTION_APP_HOSTNAME/runtime/webhooks/blobs?functionName=Host.Functions.$function_name&code=$key"
az eventgrid system-topic event-subscription create -g "$group" --system-topic-name "$topic" \
  -n "$subscription_name" --endpoint-type webhook --endpoint "$endpoint" \
  --included-event-types Microsoft.Storage.BlobCreated \
  --subject-begins-with "/blobServices/default/containers/$AZURE_UPLOADS_CONTAINER/" \
  --max-delivery-attempts 30 --event-ttl 1440 \
  --deadletter-identity systemassigned --deadletter-identity-endpoint "$dead_letter" \
  --only-show-errors --output none

echo "Event Grid 订阅 $subscription_name 已就绪：$AZURE_UPLOADS_CONTAINER/ 下新上传的文件会触发函数 $function_name；投递失败的事件存入容器 $AZURE_UPLOADS_DEADLETTER_CONTAINER。"
