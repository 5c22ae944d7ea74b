namespace InterviewBot.Cli;

/// <summary>The CLI's exit codes: 0 ok, 1 our fault, 2 the input's fault, 3 evaluation expectations not met.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int InternalError = 1;
    public const int BadInput = 2;

    /// <summary>eval --scenarios: the replays ran, but an expectation was not met.</summary>
    public const int ChecksFailed = 3;
}
