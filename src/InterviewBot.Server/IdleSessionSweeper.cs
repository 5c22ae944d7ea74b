using InterviewBot.Media.Live;

namespace InterviewBot.Server;

/// <summary>Ends live sessions whose media stopped (a crashed client, a meeting that ended without <c>end</c>), so their post-call is written.</summary>
internal sealed class IdleSessionSweeper(MediaSessions sessions, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(10), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
                await sessions.EndIdleAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }
}
