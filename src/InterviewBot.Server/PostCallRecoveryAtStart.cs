using InterviewBot.Core.Ports;
using InterviewBot.Local.Journal;
using InterviewBot.Local.Sessions;

namespace InterviewBot.Server;

/// <summary>
/// One machine, after a restart: sessions that ended but whose post-call the previous process did not finish get it
/// now, in the background. (In a cluster the session grain's reminder does this.)
/// </summary>
internal sealed class PostCallRecoveryAtStart(ISessionDirectory directory, ISessionJournal journal, ILogger<PostCallRecoveryAtStart> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (directory is not LocalSessionDirectory local || journal is not LocalFileJournal files) return;
        try
        {
            var recovered = await local.RecoverAsync(files.SessionIds(), stoppingToken).ConfigureAwait(false);
            if (recovered > 0) logger.PostCallsRecovered(recovered);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.PostCallRecoveryFailed(ex);
        }
    }
}
