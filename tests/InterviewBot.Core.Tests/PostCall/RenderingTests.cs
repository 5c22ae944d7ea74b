using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using InterviewBot.Core.PostCall.Rendering;
using InterviewBot.Core.Tests.TestSupport;

namespace InterviewBot.Core.Tests.PostCall;

public class RenderingTests
{
    [Fact]
    public void ReportJson_HasTheDocumentedTopLevelShape()
    {
        using var doc = JsonDocument.Parse(ReportJson.Render(Samples.Replayed("clinic-mixed-zoom.vtt").Report));
        var root = doc.RootElement;

        Assert.Equal(["schema_version", "session_id", "interviewer", "setup", "snapshot", "scorecard", "stats", "email", "nudges", "transcript"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, root.GetProperty("schema_version").GetInt32());
        Assert.Equal(13, root.GetProperty("scorecard").GetProperty("practices").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("stats").GetProperty("speakers")[0].GetProperty("seconds_per_minute").ValueKind);
    }

    [Fact]
    public void ReportHtml_IsSelfContainedWithBothCharts()
    {
        var html = ReportHtml.Render(Samples.Replayed("bakery-bad.vtt").Report);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "<svg role=\"img\""));
        Assert.Contains("aria-label=\"Talk ratio\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Talk time per minute\"", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("(?:src|href)=\"(?:https?:)?//", html);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportHtml_EscapesWhatPeopleSaid()
    {
        var html = ReportHtml.Render(Samples.Replayed("bakery-bad.vtt").Report);

        Assert.Contains("So I bet you spend hours every week on the staff schedule, right?", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<v ", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Eml_IsADraftWhoseBodyDecodesBackExactly()
    {
        var email = Samples.Replayed("bakery-bad.vtt").Report.Email;
        var eml = EmailRenderers.Eml(email);
        var split = eml.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = eml[..split];

        Assert.Contains("X-Unsent: 1", headers, StringComparison.Ordinal);
        Assert.Contains("Content-Transfer-Encoding: quoted-printable", headers, StringComparison.Ordinal);
        Assert.Contains($"Subject: {email.Subject}", headers, StringComparison.Ordinal);
        var bodyLines = eml[(split + 4)..].Split("\r\n");
        Assert.All(bodyLines, l => Assert.True(l.Length <= 76, l));
        Assert.Equal(email.Body.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n", DecodeQuotedPrintable(eml[(split + 4)..]));
    }

    [Fact]
    public void Eml_NonAsciiSubject_IsEncodedForTheHeader()
    {
        var email = Samples.Replayed("bakery-bad.vtt").Report.Email with { Subject = "Gracias, José" };

        Assert.Contains("Subject: =?utf-8?B?", EmailRenderers.Eml(email), StringComparison.Ordinal);
    }

    [Fact]
    public void PostCallArtifacts_AreTheFiveFilesWithContentTypes()
    {
        var artifacts = PostCallArtifacts.Render(Samples.Replayed("bakery-bad.vtt").Report);

        Assert.Equal(["snapshot.md", "report.json", "report.html", "email.md", "email.eml"], artifacts.Select(a => a.Name));
        Assert.All(artifacts, a => Assert.True(a.Content.Length > 100, a.Name));
        Assert.Equal("message/rfc822", artifacts.Single(a => a.Name == "email.eml").ContentType);
    }

    private static string DecodeQuotedPrintable(string text)
    {
        var bytes = new List<byte>();
        var unfolded = text.Replace("=\r\n", "", StringComparison.Ordinal);
        for (var i = 0; i < unfolded.Length; i++)
        {
            if (unfolded[i] == '=' && i + 2 < unfolded.Length)
            {
                bytes.Add(Convert.ToByte(unfolded.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)unfolded[i]);
            }
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
