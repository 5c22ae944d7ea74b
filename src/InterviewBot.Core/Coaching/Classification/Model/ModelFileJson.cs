using System.Globalization;
using System.Text.Json;
using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Serialization;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Coaching.Classification.Model;

/// <summary>Reads and writes the model file (JSON: readable in a diff, one label per object, weights as [index, weight] pairs).</summary>
public static class ModelFileJson
{
    public static ModelFile Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var labels = root.GetProperty("labels").EnumerateArray().Select(ParseLabel).ToList();
            return new ModelFile(
                root.GetProperty("featurizer").GetString() ?? "",
                root.GetProperty("buckets").GetInt32(),
                root.GetProperty("corpus_sha256").GetString() ?? "",
                root.GetProperty("trained_on").GetString() ?? "",
                root.GetProperty("seed").GetInt32(),
                labels);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"model file is not valid: {ex.Message}", ex);
        }
    }

    private static LabelModel ParseLabel(JsonElement e)
    {
        var id = e.GetProperty("label").GetString() ?? "";
        if (!LabelIds.TryParseLabel(id, out var label)) throw new FormatException($"unknown label '{id}'");
        var role = e.GetProperty("role").GetString() switch
        {
            "interviewer" => ParticipantRole.Interviewer,
            "interviewee" => ParticipantRole.Interviewee,
            var r => throw new FormatException($"{id}: unknown role '{r}'"),
        };
        var mode = e.GetProperty("mode").GetString() switch
        {
            "rules" => LabelMode.Rules,
            "model" => LabelMode.Model,
            "hybrid" => LabelMode.Hybrid,
            "gated" => LabelMode.Gated,
            var m => throw new FormatException($"{id}: unknown mode '{m}'"),
        };
        var weights = e.GetProperty("weights").EnumerateArray()
            .Select(p => (p[0].GetInt32(), p[1].GetSingle()))
            .ToList();
        var rulesThreshold = e.TryGetProperty("rules_threshold", out var rt) ? rt.GetDouble() : 0;
        return new LabelModel(label, role, mode, e.GetProperty("threshold").GetDouble(), e.GetProperty("bias").GetSingle(), weights, rulesThreshold);
    }

    public static string Write(ModelFile model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var text = JsonText.Write(new JsonWriterOptions { Indented = false }, w =>
        {
            w.WriteStartObject();
            w.WriteString("featurizer", model.FeaturizerVersion);
            w.WriteNumber("buckets", model.Buckets);
            w.WriteString("corpus_sha256", model.CorpusSha256);
            w.WriteString("trained_on", model.TrainedOn);
            w.WriteNumber("seed", model.Seed);
            w.WriteStartArray("labels");
            foreach (var l in model.Labels) WriteLabel(w, l);
            w.WriteEndArray();
            w.WriteEndObject();
        });
        // One label per line keeps the committed file diffable without indenting thousands of pairs.
        return text.Replace(",{\"label\"", ",\n{\"label\"", StringComparison.Ordinal).Replace("[{\"label\"", "[\n{\"label\"", StringComparison.Ordinal) + "\n";
    }

    private static void WriteLabel(Utf8JsonWriter w, LabelModel l)
    {
        w.WriteStartObject();
        w.WriteString("label", LabelIds.IdOf(l.Label));
        w.WriteString("role", l.Role == ParticipantRole.Interviewer ? "interviewer" : "interviewee");
        w.WriteString("mode", l.Mode.ToString().ToLowerInvariant());
        w.WriteNumber("threshold", Math.Round(l.Threshold, 4));
        if (l.Mode == LabelMode.Gated) w.WriteNumber("rules_threshold", Math.Round(l.RulesThreshold, 4));
        w.WriteNumber("bias", Math.Round(l.Bias, 4));
        w.WriteStartArray("weights");
        foreach (var (index, weight) in l.Weights.OrderBy(x => x.Index))
        {
            w.WriteStartArray();
            w.WriteNumberValue(index);
            w.WriteRawValue(weight.ToString("0.####", CultureInfo.InvariantCulture));
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
