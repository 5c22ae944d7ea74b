using System.Diagnostics.CodeAnalysis;

namespace InterviewBot.Core.Audio.Wav;

/// <summary>Either the decoded audio or why the file is not a WAV we can read (with the byte offset).</summary>
public sealed record WavReadResult(PcmAudio? Audio, string? Error)
{
    [MemberNotNullWhen(true, nameof(Audio))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Audio is not null;
}
