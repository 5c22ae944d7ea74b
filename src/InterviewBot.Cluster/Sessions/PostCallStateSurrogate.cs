using InterviewBot.Core.Ports;

namespace InterviewBot.Cluster.Sessions;

/// <summary>The core's <see cref="PostCallState"/> on the wire and in grain state (the core stays free of Orleans attributes).</summary>
[GenerateSerializer, Immutable]
public readonly record struct PostCallStateSurrogate([property: Id(0)] int Status, [property: Id(1)] int Attempts, [property: Id(2)] string? Reason)
{
    public static PostCallStateSurrogate From(PostCallState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new((int)state.Status, state.Attempts, state.Reason);
    }

    public PostCallState ToState() => new((PostCallStatus)Status, Attempts, Reason);
}
