using InterviewBot.Core.Sessions;

namespace InterviewBot.Media.Live;

// Meeting-bot gateways name participants by keys of their own; this part maps those keys onto session participants.
public sealed partial class LiveAudioSession
{
    /// <summary>A gateway told us who is behind one of its participant keys (a join webhook), before or after their audio.</summary>
    public void NameGatewayParticipant(string key, string? name, bool? isHost)
    {
        lock (_streams) _gatewayNames[key] = (name, isHost);
    }

    /// <summary>
    /// The session participant a gateway's participant key stands for: a declared participant with the same name
    /// (so the interviewer named at session creation is found in the meeting), else a new one — the host as the
    /// interviewer when nobody is, anyone else as an interviewee.
    /// </summary>
    public async ValueTask<string> ResolveGatewayParticipantAsync(string key, string? name, bool? isHost, CancellationToken cancellationToken)
    {
        Participant? joining = null;
        string id;
        lock (_streams)
        {
            if (_byGatewayKey.TryGetValue(key, out var known)) return known;
            if (_gatewayNames.TryGetValue(key, out var told))
            {
                name ??= told.Name;
                isHost ??= told.IsHost;
            }
            var match = name is null ? null : _people.Values.FirstOrDefault(p => string.Equals(p.DisplayName, name, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                id = match.Id;
            }
            else
            {
                var role = isHost == true && !_people.Values.Any(p => p.Role == ParticipantRole.Interviewer) ? ParticipantRole.Interviewer : ParticipantRole.Interviewee;
                joining = new Participant(key, name ?? $"Participant {_byGatewayKey.Count + 1}", role);
                id = key;
            }
            _byGatewayKey[key] = id;
        }
        if (joining is not null) await JoinAsync(joining, cancellationToken).ConfigureAwait(false);
        return id;
    }
}
