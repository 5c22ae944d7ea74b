namespace InterviewBot.Teams.Connector;

/// <summary>The connector (or its token endpoint) refused a call; <see cref="Status"/> is its HTTP status.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(int status, string message) : base(message) => Status = status;

    public ConnectorException() { }

    public ConnectorException(string message) : base(message) { }

    public ConnectorException(string message, Exception innerException) : base(message, innerException) { }

    public int Status { get; }
}
