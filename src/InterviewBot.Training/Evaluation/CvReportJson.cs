using System.Text.Json;
using InterviewBot.Core.Serialization;

namespace InterviewBot.Training.Evaluation;

/// <summary>Writes a cross-validation report as JSON: the file committed next to the model and read by the floor tests.</summary>
public static class CvReportJson
{
    private const int MaxIds = 12;

    public static string Write(CvReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonText.Write(new JsonWriterOptions { Indented = true }, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("inputs");
            foreach (var i in report.Inputs) w.WriteStringValue(i);
            w.WriteEndArray();
            w.WriteString("sha256", report.Sha256);
            if (report.TrainedOnlyOn is { Count: > 0 } also)
            {
                // Added to every training fold, never scored: what ships is trained on them too.
                w.WriteStartArray("trained_only_on");
                foreach (var a in also) w.WriteStringValue(a);
                w.WriteEndArray();
            }
            w.WriteString("split", report.Split);
            w.WriteNumber("items", report.Items);
            w.WriteNumber("seed", report.Seed);
            w.WriteNumber("precision_target", report.PrecisionTarget);
            w.WriteStartArray("folds");
            foreach (var f in report.Folds) w.WriteStringValue(f);
            w.WriteEndArray();
            w.WriteStartArray("labels");
            foreach (var l in report.Labels) WriteLabel(w, l);
            w.WriteEndArray();
            w.WriteEndObject();
        }) + "\n";
    }

    private static void WriteLabel(Utf8JsonWriter w, LabelResult l)
    {
        w.WriteStartObject();
        w.WriteString("label", l.Id);
        w.WriteNumber("support", l.Chosen.Support);
        Counts(w, "rules", l.Rules);
        Counts(w, "model", l.Model);
        Counts(w, "hybrid", l.Hybrid);
        Counts(w, "chosen", l.Chosen);
        w.WriteStartObject("modes_chosen");
        foreach (var (mode, count) in l.ModesChosen) w.WriteNumber(mode.ToString().ToLowerInvariant(), count);
        w.WriteEndObject();
        if (l.WorstSource is { } worst)
        {
            w.WritePropertyName("worst_source");
            w.WriteStartObject();
            w.WriteString("source", worst.Source);
            CountsBody(w, worst.Counts);
            w.WriteEndObject();
        }
        w.WriteStartObject("confused_with");
        foreach (var (what, count) in l.ConfusedWith.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(8)) w.WriteNumber(what, count);
        w.WriteEndObject();
        Ids(w, "false_positive_ids", l.FalsePositiveIds);
        Ids(w, "false_negative_ids", l.FalseNegativeIds);
        w.WriteEndObject();
    }

    private static void Counts(Utf8JsonWriter w, string name, LabelCounts c)
    {
        w.WriteStartObject(name);
        CountsBody(w, c);
        w.WriteEndObject();
    }

    private static void CountsBody(Utf8JsonWriter w, LabelCounts c)
    {
        w.WriteNumber("tp", c.TruePositives);
        w.WriteNumber("fp", c.FalsePositives);
        w.WriteNumber("fn", c.FalseNegatives);
        w.WriteNumber("precision", Math.Round(c.Precision, 4));
        w.WriteNumber("recall", Math.Round(c.Recall, 4));
    }

    private static void Ids(Utf8JsonWriter w, string name, List<string> ids)
    {
        w.WriteStartArray(name);
        foreach (var id in ids.Take(MaxIds)) w.WriteStringValue(id);
        w.WriteEndArray();
    }
}
