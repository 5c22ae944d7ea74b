namespace InterviewBot.Teams.MediaDoors;

/// <summary>Where a Teams meeting's audio comes from (<c>Coach:MediaDoor</c>).</summary>
public enum MediaDoorKind
{
    /// <summary>No live audio: the summary comes from the meeting transcript after the call (and <c>demo</c> works).</summary>
    None,

    /// <summary>The configured meeting-bot gateway (<c>Media:Gateway</c>) joins with the join URL and streams each participant.</summary>
    Gateway,

    /// <summary>The bot itself joins through Graph calling; audio needs a Windows media worker (<c>Calling:MediaWorkerUrl</c>).</summary>
    Graph,
}
