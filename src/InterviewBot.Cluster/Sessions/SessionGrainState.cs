namespace InterviewBot.Cluster.Sessions;

/// <summary>What a session grain keeps besides its journal: where its post-call stands.</summary>
[GenerateSerializer]
public sealed class SessionGrainState
{
    [Id(0)]
    public PostCallStateSurrogate PostCall { get; set; }
}
