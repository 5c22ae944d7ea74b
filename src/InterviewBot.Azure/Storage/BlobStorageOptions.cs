using System.ComponentModel.DataAnnotations;

namespace InterviewBot.Azure.Storage;

/// <summary>
/// Azure Blob storage for journals and artefacts (configuration section <c>Storage</c>): <c>BlobEndpoint</c> with the
/// app's Entra identity (DefaultAzureCredential) in Azure, or <c>ConnectionString</c> for Azurite locally.
/// </summary>
public sealed class BlobStorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    /// <summary><c>local</c> (a folder, the default) or <c>blob</c>.</summary>
    public string Kind { get; set; } = "local";

    public Uri? BlobEndpoint { get; set; }

    /// <summary>For Azurite (the well-known development connection string); a secret anywhere else.</summary>
    public string? ConnectionString { get; set; }

    [Required]
    public string JournalContainer { get; set; } = "journals";

    [Required]
    public string ArtifactContainer { get; set; } = "artifacts";

    /// <summary>Appends arriving within this window go to storage as one block.</summary>
    public TimeSpan AppendBatchWindow { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Events per session held in memory while storage is down; past it the session's journal is declared incomplete.</summary>
    [Range(100, 1_000_000)]
    public int JournalBufferLimit { get; set; } = 20_000;

    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(10);

    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Kind == "blob" && BlobEndpoint is null && string.IsNullOrEmpty(ConnectionString))
            yield return new ValidationResult("Storage:Kind is blob: set Storage:BlobEndpoint (Entra identity) or Storage:ConnectionString (Azurite)", [nameof(BlobEndpoint)]);
    }
}
