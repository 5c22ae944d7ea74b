namespace InterviewBot.Core.Coaching.Classification.Model;

/// <summary>The trained model the build embeds (Coaching/Classification/Model/classifier-model.json), read once.</summary>
public static class EmbeddedModel
{
    /// <summary>The resource name the project file gives the model.</summary>
    public const string ResourceName = "InterviewBot.Core.ClassifierModel.json";

    /// <summary>The embedded model file, or null when the build has none (the coach then runs on rules alone).</summary>
    public static ModelFile? Load()
    {
        using var stream = typeof(EmbeddedModel).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return ModelFileJson.Parse(reader.ReadToEnd());
    }
}
