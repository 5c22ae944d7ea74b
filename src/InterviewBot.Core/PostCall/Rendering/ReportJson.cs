using System.Text.Json;
using InterviewBot.Core.Serialization;
using InterviewBot.Core.PostCall.Quotes;

namespace InterviewBot.Core.PostCall.Rendering;

/// <summary>
/// Renders <c>report.json</c>, the whole report with a stable, documented schema (docs/report-schema.md):
/// written field by field so that a rename in code can never silently change the file.
/// </summary>
public static class ReportJson
{
    public const int SchemaVersion = 1;

    public static string Render(PostCallReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonText.Write(JsonText.Readable, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("schema_version", SchemaVersion);
            w.WriteString("session_id", report.SessionId);
            w.WriteString("interviewer", report.Interviewer);
            w.WriteStartObject("setup");
            w.WriteString("goal", report.Setup.Goal);
            w.WriteString("interviewee_name", report.Setup.IntervieweeName);
            w.WriteString("company", report.Setup.Company);
            if (report.Setup.PlannedMinutes is int m) w.WriteNumber("planned_minutes", m); else w.WriteNull("planned_minutes");
            w.WriteEndObject();

            var s = report.Snapshot;
            w.WriteStartObject("snapshot");
            w.WriteStartObject("interviewee");
            w.WriteString("name", s.Interviewee.Name);
            w.WriteString("role", s.Interviewee.Role);
            w.WriteString("company", s.Interviewee.Company);
            QuoteOrNull(w, "introduction", s.Interviewee.Introduction);
            Quotes(w, "background", s.Background);
            w.WriteEndObject();
            QuoteOrNull(w, "memorable_quote", s.MemorableQuote);
            Quotes(w, "quick_facts", s.QuickFacts);
            Quotes(w, "key_insights", s.KeyInsights);
            Quotes(w, "opportunities", s.Opportunities);
            QuoteOrNull(w, "context_quote", s.ContextQuote);
            Quotes(w, "alternatives", s.Alternatives);
            Quotes(w, "complaints", s.Complaints);
            Quotes(w, "emotions", s.Emotions);
            Quotes(w, "commitments", s.Commitments);
            w.WriteEndObject();

            w.WriteStartObject("scorecard");
            w.WriteNumber("passed", report.Scorecard.Passed);
            w.WriteNumber("total", report.Scorecard.Practices.Count);
            w.WriteStartArray("practices");
            foreach (var p in report.Scorecard.Practices)
            {
                w.WriteStartObject();
                w.WriteString("id", p.Id);
                w.WriteString("name", p.Name);
                w.WriteBoolean("passed", p.Passed);
                w.WriteString("note", p.Note);
                Quotes(w, "evidence", p.Evidence);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("moments_to_revisit");
            foreach (var moment in report.Scorecard.MomentsToRevisit)
            {
                w.WriteStartObject();
                w.WriteNumber("time", Seconds(moment.At));
                w.WriteString("nudge", moment.Nudge);
                w.WriteString("words", moment.Words);
                w.WriteString("why", moment.Why);
                w.WriteString("try_instead", moment.TryInstead);
                w.WriteBoolean("shown", moment.Shown);
                if (moment.HeldBackBecause is { } because) w.WriteString("held_back_because", because);
                else w.WriteNull("held_back_because");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();

            var st = report.Stats;
            w.WriteStartObject("stats");
            w.WriteNumber("duration_seconds", Seconds(st.Duration));
            w.WriteStartArray("speakers");
            foreach (var sp in st.Speakers)
            {
                w.WriteStartObject();
                w.WriteString("name", sp.Name);
                w.WriteString("role", sp.Role);
                w.WriteNumber("talk_seconds", Seconds(sp.TalkTime));
                w.WriteNumber("share", Math.Round(sp.Share, 4));
                w.WriteNumber("longest_monologue_seconds", Seconds(sp.LongestMonologue));
                w.WriteNumber("utterances", sp.Utterances);
                w.WriteStartArray("seconds_per_minute");
                foreach (var v in sp.SecondsPerMinute) w.WriteNumberValue(Math.Round(v, 3));
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("interruptions_at_seconds");
            foreach (var t in st.Interruptions) w.WriteNumberValue(Seconds(t));
            w.WriteEndArray();
            NumberOrNull(w, "median_wait_seconds", st.MedianWait);
            NumberOrNull(w, "median_wait_after_questions_seconds", st.MedianWaitAfterQuestions);
            w.WriteNumber("speaker_switches_per_minute", Math.Round(st.SwitchesPerMinute, 3));
            w.WriteStartObject("questions_by_label");
            foreach (var (label, count) in st.QuestionsByLabel.OrderBy(x => x.Key, StringComparer.Ordinal)) w.WriteNumber(label, count);
            w.WriteEndObject();
            w.WriteNumber("follow_ups", st.FollowUps);
            w.WriteNumber("open_question_share", Math.Round(st.OpenQuestionShare, 4));
            w.WriteEndObject();

            w.WriteStartObject("email");
            w.WriteString("to", report.Email.To);
            w.WriteString("subject", report.Email.Subject);
            w.WriteString("body", report.Email.Body);
            Quotes(w, "takeaways", report.Email.Takeaways);
            QuoteOrNull(w, "next_step", report.Email.NextStep);
            w.WriteEndObject();

            w.WriteStartArray("nudges");
            foreach (var n in report.Nudges)
            {
                w.WriteStartObject();
                w.WriteNumber("time", Seconds(n.At));
                w.WriteNumber("id", n.Id);
                w.WriteNumber("moment", Seconds(n.Moment));
                if (n.Updates is int updates) w.WriteNumber("updates", updates);
                w.WriteNumber("count", n.Count);
                w.WriteString("nudge", n.Kind);
                w.WriteString("quote", n.Quote);
                w.WriteString("message", n.Message);
                w.WriteString("suggestion", n.Suggestion);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            Quotes(w, "transcript", report.Transcript);
            w.WriteEndObject();
        }) + "\n";
    }

    private static double Seconds(TimeSpan t) => Math.Round(t.TotalSeconds, 3);

    private static void NumberOrNull(Utf8JsonWriter w, string name, TimeSpan? value)
    {
        if (value is TimeSpan v) w.WriteNumber(name, Seconds(v));
        else w.WriteNull(name);
    }

    private static void QuoteOrNull(Utf8JsonWriter w, string name, Quote? q)
    {
        if (q is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WritePropertyName(name);
        QuoteValue(w, q);
    }

    private static void Quotes(Utf8JsonWriter w, string name, IEnumerable<Quote> quotes)
    {
        w.WriteStartArray(name);
        foreach (var q in quotes) QuoteValue(w, q);
        w.WriteEndArray();
    }

    private static void QuoteValue(Utf8JsonWriter w, Quote q)
    {
        w.WriteStartObject();
        w.WriteString("text", q.Text);
        w.WriteString("speaker", q.Speaker);
        w.WriteNumber("at_seconds", Seconds(q.At));
        w.WriteEndObject();
    }
}
