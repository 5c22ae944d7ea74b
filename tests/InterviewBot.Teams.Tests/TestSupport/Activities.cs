using System.Text.Json;
using InterviewBot.Teams.Coach;
using InterviewBot.Teams.Protocol;

namespace InterviewBot.Teams.Tests.TestSupport;

/// <summary>Activities as Teams sends them, for a meeting chat with an interviewer (who installs the bot) and an interviewee.</summary>
internal sealed class Activities(Uri serviceUrl)
{
    public const string MeetingChat = "19:meeting_abc@thread.v2";
    public const string Tenant = "tenant-1";
    public static readonly ChannelAccount Bot = new("28:bot", "InterviewBot");
    public static readonly ChannelAccount Interviewer = new("29:priya", null, "aad-priya");
    public static readonly ChannelAccount Interviewee = new("29:marcus", "Marcus", "aad-marcus");
    public const string InterviewerChat = "personal-29:priya";

    private Activity Base(string type, string conversation, string conversationType, ChannelAccount from) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        ServiceUrl = serviceUrl.ToString(),
        From = from,
        Recipient = Bot,
        Conversation = new ConversationAccount(conversation) { ConversationType = conversationType, TenantId = Tenant, IsGroup = conversationType != "personal" },
        ChannelData = new TeamsChannelData { Tenant = new TenantInfo(Tenant), Meeting = conversationType == "groupChat" ? new MeetingInfo("MCMxOTptZWV0aW5n") : null },
    };

    public Activity Installed() => Base(ActivityTypes.InstallationUpdate, MeetingChat, "groupChat", Interviewer) with { Action = "add" };

    public Activity BotAdded() => Base(ActivityTypes.ConversationUpdate, MeetingChat, "groupChat", Interviewer) with { MembersAdded = [Bot] };

    public Activity MeetingStart() => Base(ActivityTypes.Event, MeetingChat, "groupChat", Interviewer) with { Name = ActivityRouter.MeetingStartEvent };

    /// <summary>meetingEnd as Teams sends it, its value naming the meeting (id, join URL, title, end time).</summary>
    public Activity MeetingEnd() => Base(ActivityTypes.Event, MeetingChat, "groupChat", Interviewer) with
    {
        Name = ActivityRouter.MeetingEndEvent,
        Value = System.Text.Json.JsonSerializer.SerializeToElement(new Dictionary<string, string>
        {
            ["Id"] = "MCMxOTptZWV0aW5n", ["MeetingType"] = "Scheduled", ["Title"] = "Interview with Marcus", ["EndTime"] = "2026-12-01T11:45:00Z",
            ["JoinUrl"] = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0",
        }),
    };

    public Activity Say(string text, ChannelAccount? from = null, string conversation = InterviewerChat, string type = "personal") =>
        Base(ActivityTypes.Message, conversation, type, from ?? Interviewer) with { Text = text };

    /// <summary>An Action.Execute press on a card, inputs merged into its data as Teams does.</summary>
    public Activity Press(string verb, object data, ChannelAccount? from = null) =>
        Base(ActivityTypes.Invoke, InterviewerChat, "personal", from ?? Interviewer) with
        {
            Name = ActivityRouter.CardActionInvoke,
            Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb, data }, trigger = "manual" }),
        };
}
