using System.Collections.Concurrent;

namespace InterviewBot.Teams.Meetings;

/// <summary>The meetings this server coaches, by meeting chat and by the interviewer's 1:1 chat (the latest meeting wins there).</summary>
public sealed class MeetingRegistry
{
    private readonly ConcurrentDictionary<string, CoachedMeeting> _byChat = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _chatByPersonal = new(StringComparer.Ordinal);

    public CoachedMeeting GetOrAdd(string chatId, Func<CoachedMeeting> create) => _byChat.GetOrAdd(chatId, _ => create());

    public CoachedMeeting? Find(string chatId) => _byChat.TryGetValue(chatId, out var m) ? m : null;

    public void LinkPersonalChat(CoachedMeeting meeting, string personalChatId) => _chatByPersonal[personalChatId] = meeting.ChatId;

    /// <summary>The meeting a 1:1 command or card action is about: the one named, else the interviewer's latest.</summary>
    public CoachedMeeting? ForPersonalChat(string personalChatId, string? namedChatId = null) =>
        namedChatId is not null && Find(namedChatId) is { } named ? named
        : _chatByPersonal.TryGetValue(personalChatId, out var chat) ? Find(chat) : null;
}
