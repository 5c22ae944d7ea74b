using InterviewBot.Teams.Scheduling;
using Microsoft.Extensions.Options;

namespace InterviewBot.Server;

/// <summary>Looks for due scheduled joins every <c>Coach:Schedule:PollEvery</c>, on the host's clock.</summary>
internal sealed class ScheduledJoins(MeetingScheduler scheduler, IOptions<SchedulingOptions> options, TimeProvider time, ILogger<ScheduledJoins> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollEvery, time);
        try
        {
            do
            {
                try
                {
                    await scheduler.RunDueAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.ScheduledJoinsFailed(ex); // one bad poll (a store that cannot be written) must not stop the next
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }
}
