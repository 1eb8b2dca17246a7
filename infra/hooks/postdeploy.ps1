# azd postdeploy hook (Windows): same steps as postdeploy.sh. Creates (or updates), on the Event Grid
# system topic main.bicep deployed, the subscription that delivers BlobCreated events under uploads/ to
# the upload function's blob-extension webhook and dead-letters what it cannot deliver. Idempotent and cloud-agnostic (select the cloud first:
# `az cloud set -n AzureChinaCloud`).
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

function Invoke-Az {
    $output = & az @args
    if ($LASTEXITCODE -ne 0) { throw "az $($args -join ' ') 失败（退出码 $LASTEXITCODE）。" }
    return $output
}

$required = 'AZURE_RESOURCE_GROUP', 'AZURE_LOCATION', 'AZURE_FUNCTION_APP_NAME', 'AZURE_FUNCTION_APP_HOSTNAME',
    'AZURE_STORAGE_ACCOUNT_ID', 'AZURE_UPLOADS_CONTAINER', 'AZURE_UPLOADS_DEADLETTER_CONTAINER', 'AZURE_EVENT_GRID_SYSTEM_TOPIC'
foreach ($name in $required) {
    if (-not [Environment]::GetEnvironmentVariable($name)) {
        throw "缺少环境变量 ${name}：请先运行 azd provision（它会把 Bicep 输出写入 azd 环境）。"
    }
}

$group = $env:AZURE_RESOURCE_GROUP
$app = $env:AZURE_FUNCTION_APP_NAME
$subscriptionName = 'uploads-blob-created'

Invoke-Az provider register --namespace Microsoft.EventGrid --wait --only-show-errors | Out-Null

$functionName = $env:PILOT1X_UPLOAD_FUNCTION
if (-not $functionName) {
    $functionName = Invoke-Az functionapp function list -g $group -n $app --only-show-errors `
        --query "[?config.bindings[?type=='blobTrigger']].name | [0]" -o tsv
    if ($functionName) { $functionName = ($functionName -split '/')[-1] }
}
if (-not $functionName) {
    throw "在函数应用 $app 中找不到 Blob 触发的上传函数：请确认 azd deploy 已成功，或用 azd env set PILOT1X_UPLOAD_FUNCTION <函数名> 指定。"
}

$key = $null
foreach ($attempt in 1..30) {
    $key = & az functionapp keys list -g $group -n $app --only-show-errors --query 'systemKeys.blobs_extension' -o tsv 2>$null
    if ($LASTEXITCODE -eq 0 -and $key) { break }
    Write-Host "等待函数宿主生成 blobs_extension 系统密钥（第 $attempt 次）……"
    Start-Sleep -Seconds 10
}
if (-not $key) {
    throw "函数应用 $app 没有 blobs_extension 系统密钥：宿主可能未能启动。请在 Application Insights 中查看启动错误后重新运行 azd deploy。"
}

$topic = $env:AZURE_EVENT_GRID_SYSTEM_TOPIC

# The webhook URL carries '&', which cmd.exe (az.cmd) would split on: send the subscription as a JSON
# body through `az rest`, whose relative URL goes to the current cloud's Resource Manager endpoint.
$topicId = Invoke-Az eventgrid system-topic show -g $group -n $topic --only-show-errors --query id -o tsv
$endpoint = "https://$($env:AZURE_FUNCTION_APP_HOSTNAME)/runtime/webhooks/blobs?functionName=Host.Functions.$functionName&code=$key"
$body = @{
    properties = @{
        destination = @{ endpointType = 'WebHook'; properties = @{ endpointUrl = $endpoint } }
        filter = @{
            includedEventTypes = @('Microsoft.Storage.BlobCreated')
            subjectBeginsWith = "/blobServices/default/containers/$($env:AZURE_UPLOADS_CONTAINER)/"
        }
        retryPolicy = @{ maxDeliveryAttempts = 30; eventTimeToLiveInMinutes = 1440 }
        deadLetterWithResourceIdentity = @{
            identity = @{ type = 'SystemAssigned' }
            deadLetterDestination = @{
                endpointType = 'StorageBlob'
                properties = @{ resourceId = $env:AZURE_STORAGE_ACCOUNT_ID; blobContainerName = $env:AZURE_UPLOADS_DEADLETTER_CONTAINER }
            }
        }
        eventDeliverySchema = 'EventGridSchema'
    }
} | ConvertTo-Json -Depth 6
$bodyFile = New-TemporaryFile
try {
    Set-Content -Path $bodyFile -Value $body -Encoding utf8
    Invoke-Az rest --method put --url "$topicId/eventSubscriptions/$($subscriptionName)?api-version=2022-06-15" `
        --body "@$bodyFile" --only-show-errors --output none | Out-Null
}
finally {
    Remove-Item -Path $bodyFile -Force
}

Write-Host "Event Grid 订阅 $subscriptionName 已就绪：$($env:AZURE_UPLOADS_CONTAINER)/ 下新上传的文件会触发函数 $functionName；投递失败的事件存入容器 $($env:AZURE_UPLOADS_DEADLETTER_CONTAINER)。"
