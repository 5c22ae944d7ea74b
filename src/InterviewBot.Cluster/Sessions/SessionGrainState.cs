namespace InterviewBot.Cluster.Sessions;

/// <summary>What a session grain keeps besides its journal: which node may write to it, and where its post-call stands.</summary>
[GenerateSerializer]
public sealed class SessionGrainState
{
    [Id(0)]
    public PostCallStateSurrogate PostCall { get; set; }

    /// <summary>The writer allowed to append (0: the node that started it); each take-over counts up.</summary>
    [Id(1)]
    public int Writer { get; set; }
}
