using System.Security.Cryptography;
using System.Text;

namespace InterviewBot.Zoom.Rtms;

/// <summary>A meeting's real-time media stream, as <c>meeting.rtms_started</c> announces it.</summary>
public sealed record RtmsStart(string MeetingUuid, string StreamId, Uri SignalingUrl, string? OperatorId)
{
    /// <summary>The handshake signature: hex(HMAC-SHA256(client secret, "{client_id},{meeting_uuid},{rtms_stream_id}")).</summary>
    public string Signature(string clientId, string clientSecret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(clientSecret), Encoding.UTF8.GetBytes($"{clientId},{MeetingUuid},{StreamId}")));
}
