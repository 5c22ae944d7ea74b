using System.Globalization;
using InterviewBot.Teams.Connector;
using InterviewBot.Teams.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewBot.Teams.Scheduling;

/// <summary>
/// The coach's calendar: joins scheduled from a meeting's details (when it is installed in the meeting chat) or from
/// a pasted link; shortly before the start the details are read again (a moved meeting moves its join, a cancelled one
/// is dropped); at the start minus the lead the media door is sent in, once. Time is the wall clock here, so it is a
/// <see cref="TimeProvider"/>; the interviewer hears about every change in their 1:1 chat.
/// </summary>
public sealed class MeetingScheduler(IScheduleStore store, IMeetingJoiner joiner, ConnectorClient connector, IOptions<SchedulingOptions> options,
    TimeProvider time, ILogger<MeetingScheduler> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Schedules (or moves) the join for a meeting; null when it has already started or ended.</summary>
    public async Task<ScheduledJoin?> ScheduleAsync(string key, string serviceUrl, string? personalChatId, string? meetingId, Uri joinUrl, string? title,
        DateTimeOffset start, DateTimeOffset? end, CancellationToken cancellationToken, ChannelAccount? interviewer = null)
    {
        if ((end ?? start + options.Value.LatestJoinAfterStart) <= time.GetUtcNow()) return null;
        return await UpdateAsync(joins =>
        {
            var existing = joins.FindIndex(j => j.Key == key && j.State == JoinState.Scheduled);
            var number = existing >= 0 ? joins[existing].Number : joins.Count == 0 ? 1 : joins.Max(j => j.Number) + 1;
            var join = new ScheduledJoin(number, key, serviceUrl, personalChatId, meetingId, joinUrl, title, start, end,
                InterviewerId: interviewer?.Id, InterviewerName: interviewer?.Name);
            if (existing >= 0) joins[existing] = join;
            else joins.Add(join);
            return join;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Joins still to come, soonest first; only those reported to <paramref name="personalChatId"/> when given.</summary>
    public async Task<IReadOnlyList<ScheduledJoin>> UpcomingAsync(string? personalChatId, CancellationToken cancellationToken)
    {
        return [.. (await store.LoadAsync(cancellationToken).ConfigureAwait(false)).Joins
            .Where(j => j.State == JoinState.Scheduled && (personalChatId is null || j.PersonalChatId == personalChatId)).OrderBy(j => j.Start)];
    }

    /// <summary>Cancels join <paramref name="number"/> if it is this chat's and still to come; null otherwise.</summary>
    public async Task<ScheduledJoin?> CancelAsync(int number, string personalChatId, CancellationToken cancellationToken)
    {
        return await UpdateAsync(joins =>
        {
            var i = joins.FindIndex(j => j.Number == number && j.PersonalChatId == personalChatId && j.State == JoinState.Scheduled);
            if (i < 0) return null;
            joins[i] = joins[i] with { State = JoinState.Cancelled, Outcome = "cancelled by the interviewer" };
            return joins[i];
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Does what is due now: re-reads details of meetings about to start, sends due joins, drops missed ones. Returns joins sent.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var book = await store.LoadAsync(cancellationToken).ConfigureAwait(false);
            var joins = book.Joins.ToList();
            var version = book.Version;
            // Every change is saved against the version read; another server's change first ends this pass (the next one reads it).
            async Task<bool> SavedAsync()
            {
                if (await store.SaveAsync(joins, version, cancellationToken).ConfigureAwait(false) is not { } saved) return false;
                version = saved;
                return true;
            }
            var o = options.Value;
            var sent = 0;
            for (var i = 0; i < joins.Count; i++)
            {
                if (joins[i].State != JoinState.Scheduled) continue;
                var now = time.GetUtcNow();
                if (!joins[i].Rechecked && joins[i].MeetingId is { } meetingId && now >= joins[i].Start - o.RecheckBefore)
                {
                    var rechecked = await RecheckAsync(joins[i], meetingId, cancellationToken).ConfigureAwait(false);
                    if (rechecked != joins[i]) // unchanged when the details could not be read: the plan stands
                    {
                        joins[i] = rechecked;
                        if (!await SavedAsync().ConfigureAwait(false)) return sent;
                        if (joins[i].State != JoinState.Scheduled) continue;
                    }
                }
                var join = joins[i];
                if (now > join.Start + o.LatestJoinAfterStart)
                {
                    joins[i] = join with { State = JoinState.Failed, Outcome = "the start passed while the coach was not running" };
                    if (!await SavedAsync().ConfigureAwait(false)) return sent;
                    await TellAsync(join, $"I missed the start of **{Name(join)}** (I wasn't running), so I didn't join it.", cancellationToken).ConfigureAwait(false);
                    continue;
                }
                if (now < join.Start - o.JoinLead) continue;
                // Marked before it is sent: after a crash mid-way the join is not repeated (a second bot in the call is worse than none).
                // …and only by the server whose claim was saved first.
                joins[i] = join with { State = JoinState.Dispatching };
                if (!await SavedAsync().ConfigureAwait(false)) return sent;
                JoinOutcome outcome;
                try
                {
                    outcome = await joiner.JoinAsync(join, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    outcome = new JoinOutcome(false, $"I couldn't join **{Name(join)}**: {ex.Message}");
                }
                joins[i] = join with { State = outcome.Joined ? JoinState.Dispatched : JoinState.Failed, Outcome = outcome.Message };
                await SaveOutcomeAsync(join.Number, joins[i], cancellationToken).ConfigureAwait(false);
                book = await store.LoadAsync(cancellationToken).ConfigureAwait(false);
                (joins, version) = (book.Joins.ToList(), book.Version);
                logger.JoinDispatched(join.Number, join.Key, outcome.Joined, outcome.Message);
                await TellAsync(join, outcome.Message, cancellationToken).ConfigureAwait(false);
                sent++;
            }
            return sent;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<ScheduledJoin> RecheckAsync(ScheduledJoin join, string meetingId, CancellationToken cancellationToken)
    {
        MeetingDetailsResponse? now;
        try
        {
            now = await connector.GetMeetingAsync(join.ServiceUrl, meetingId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.DeliveryFailed("meeting details", ex.Message);
            return join; // keep the plan; the next poll tries again, and at the start the join goes ahead as planned
        }
        if (now?.Details is not { ScheduledStartTime: { } start } details)
        {
            await TellAsync(join, $"**{Name(join)}** was cancelled, so I won't join it.", cancellationToken).ConfigureAwait(false);
            return join with { State = JoinState.Cancelled, Outcome = "the meeting was cancelled" };
        }
        var moved = join with { Start = start, End = details.ScheduledEndTime ?? join.End, JoinUrl = details.JoinUrl ?? join.JoinUrl, Title = details.Title ?? join.Title };
        if (start == join.Start) return moved with { Rechecked = true };
        await TellAsync(moved, $"**{Name(moved)}** moved to {At(start)}; I'll join then.", cancellationToken).ConfigureAwait(false);
        // Moved later beyond the re-check window: read it again when the new start nears.
        return moved with { Rechecked = time.GetUtcNow() >= start - options.Value.RecheckBefore };
    }

    private async Task TellAsync(ScheduledJoin join, string text, CancellationToken cancellationToken)
    {
        if (join.PersonalChatId is null) return;
        try
        {
            await connector.SendAsync(join.ServiceUrl, join.PersonalChatId, Activity.Message(text), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.DeliveryFailed("schedule message", ex.Message);
        }
    }

    /// <summary>Applies <paramref name="change"/> to the freshest list and saves it, reading again when another writer came first.</summary>
    private async Task<T?> UpdateAsync<T>(Func<List<ScheduledJoin>, T?> change, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                var book = await store.LoadAsync(cancellationToken).ConfigureAwait(false);
                var joins = book.Joins.ToList();
                var result = change(joins);
                if (result is null) return default;
                if (await store.SaveAsync(joins, book.Version, cancellationToken).ConfigureAwait(false) is not null) return result;
                if (attempt == 10) throw new InvalidOperationException("the schedule kept changing under this server");
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Records how a sent join went (the claim is ours, so only this entry changes, whatever else others saved).</summary>
    private async Task SaveOutcomeAsync(int number, ScheduledJoin done, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var book = await store.LoadAsync(cancellationToken).ConfigureAwait(false);
            var joins = book.Joins.Select(j => j.Number == number ? done : j).ToList();
            if (await store.SaveAsync(joins, book.Version, cancellationToken).ConfigureAwait(false) is not null) return;
        }
    }

    /// <summary>How a join is named to the interviewer.</summary>
    public static string Name(ScheduledJoin join)
    {
        ArgumentNullException.ThrowIfNull(join);
        return join.Title ?? "your meeting";
    }

    /// <summary>A time as the interviewer reads it (UTC; Teams shows the chat in their own zone, we do not know it).</summary>
    public static string At(DateTimeOffset when) => when.UtcDateTime.ToString("ddd d MMM HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public void Dispose() => _gate.Dispose();
}
