using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>
/// The local stand-in for the Functions queue host (<c>pilot1x run</c>, tests): receives analysis messages, hands each
/// to the same <see cref="SubmissionAnalyzer"/> the queue function calls, deletes it on success, lets it reappear on
/// failure, and after <see cref="MaxDequeueCount"/> attempts moves it to the poison queue, whose messages it then records as the poison function does — the host's
/// behaviour with host.json's <c>maxDequeueCount</c>.
/// </summary>
public sealed class AnalysisQueueDrainer(PipelineStore store, SubmissionAnalyzer analyzer, PoisonRecorder poison, ILogger<AnalysisQueueDrainer> logger)
{
    /// <summary>Same as host.json <c>extensions.queues.maxDequeueCount</c>.</summary>
    public int MaxDequeueCount { get; init; } = 5;

    /// <summary>Messages analysed at once (host.json <c>batchSize</c> plays this role in Azure).</summary>
    public int Parallelism { get; init; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>Processes messages until the queue is empty; returns the outcomes of the successful analyses.</summary>
    public async Task<IReadOnlyList<AnalysisOutcome>> DrainAsync(CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var outcomes = new List<AnalysisOutcome>();
        while (true)
        {
            QueueMessage[] messages = (await store.AnalysisQueue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5), cancellationToken).ConfigureAwait(false)).Value;
            if (messages.Length == 0)
            {
                await RecordPoisonedAsync(cancellationToken).ConfigureAwait(false);
                return outcomes;
            }

            await Parallel.ForEachAsync(messages, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (message, ct) =>
            {
                var outcome = await ProcessAsync(message, ct).ConfigureAwait(false);
                if (outcome is not null)
                {
                    lock (outcomes)
                    {
                        outcomes.Add(outcome);
                    }
                }
            }).ConfigureAwait(false);
        }
    }

    private async Task<AnalysisOutcome?> ProcessAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        var text = message.Body.ToString();
        try
        {
            var outcome = await analyzer.AnalyzeAsync(AnalysisRequest.Parse(text), cancellationToken).ConfigureAwait(false);
            await store.AnalysisQueue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
            return outcome;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Like the Functions host: the failure is already recorded on the submission; retry, or poison after the last attempt.
            if (message.DequeueCount >= MaxDequeueCount || ex is FormatException)
            {
                await store.PoisonQueue.SendMessageAsync(text, cancellationToken).ConfigureAwait(false);
                await store.AnalysisQueue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                logger.LogWarning("Analysis message {MessageId} failed on attempt {DequeueCount}; it will be retried", message.MessageId, message.DequeueCount);
                await store.AnalysisQueue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            return null;
        }
    }

    /// <summary>What the poison function does in Azure: record each poisoned message's reason, then remove it.</summary>
    private async Task RecordPoisonedAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            QueueMessage[] messages = (await store.PoisonQueue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1), cancellationToken).ConfigureAwait(false)).Value;
            if (messages.Length == 0)
            {
                return;
            }

            foreach (var message in messages)
            {
                await poison.RecordAsync(message.MessageId, message.Body.ToString(), message.DequeueCount, cancellationToken).ConfigureAwait(false);
                await store.PoisonQueue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
