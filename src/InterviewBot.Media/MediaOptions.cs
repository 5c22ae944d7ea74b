using System.ComponentModel.DataAnnotations;

namespace InterviewBot.Media;

/// <summary>The media doors (configuration section <c>Media</c>).</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>Key that signs session media tokens (base64, 32 bytes or more); without one a random key is made at start.</summary>
    public string? TokenKey { get; set; }

    /// <summary>How long a session's media token stays valid.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Key callers of <c>POST /api/sessions</c> present as a bearer token (none: the endpoint is off).</summary>
    public string? ApiKey { get; set; }

    /// <summary>A session with no media for this long (wall clock) is ended and its post-call written.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The largest WebSocket message accepted (a binary frame or a control message).</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxMessageBytes { get; set; } = 256 * 1024;

    /// <summary>Finished speech segments that may wait for the recognizer per session before they become transcript gaps.</summary>
    [Range(1, 1000)]
    public int RecognitionBacklog { get; set; } = 16;

    /// <summary>
    /// Audio a connection may hold while its session falls behind (its runner's inbox is full); past it the oldest is
    /// dropped and counted, so a slow consumer neither grows memory nor stalls the sender.
    /// </summary>
    public TimeSpan HeldAudio { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Runs the code a received socket message wakes on the I/O thread, without a thread-pool hop (see the server's MediaTransport).</summary>
    public bool InlineSocketCompletions { get; set; }
}
