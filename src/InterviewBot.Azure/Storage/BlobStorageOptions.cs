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
    [RegularExpression(ContainerName, ErrorMessage = ContainerNameRule)]
    public string JournalContainer { get; set; } = "journals";

    [Required]
    [RegularExpression(ContainerName, ErrorMessage = ContainerNameRule)]
    public string ArtifactContainer { get; set; } = "artifacts";

    // Azure's rule for container names, checked at start rather than at the first write of a live session.
    private const string ContainerName = "^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$";
    private const string ContainerNameRule = "{0} must be a blob container name: 3-63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit";

    /// <summary>
    /// Extra wait before a block goes up, so more appends can join it. Zero by default: a session's appends are
    /// sequential (journal before apply), and those that arrive while a block is being written join the next one anyway.
    /// </summary>
    public TimeSpan AppendBatchWindow { get; set; } = TimeSpan.Zero;

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
