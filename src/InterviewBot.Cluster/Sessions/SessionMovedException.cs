namespace InterviewBot.Cluster.Sessions;

/// <summary>Another node has taken the session over (its media reconnected there): this node must stop writing to it.</summary>
[GenerateSerializer]
public sealed class SessionMovedException : Exception
{
    public SessionMovedException() { }

    public SessionMovedException(string message) : base(message) { }

    public SessionMovedException(string message, Exception innerException) : base(message, innerException) { }
}
