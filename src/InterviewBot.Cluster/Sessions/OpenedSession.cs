namespace InterviewBot.Cluster.Sessions;

/// <summary>A session taken over by a new writer: what it journaled so far, and the writer's number.</summary>
[GenerateSerializer, Immutable]
public sealed record OpenedSession([property: Id(0)] byte[] Lines, [property: Id(1)] int Writer);
