using System.ComponentModel.DataAnnotations;

namespace InterviewBot.Cluster.Hosting;

/// <summary>
/// Running more than one server (configuration section <c>Cluster</c>): <c>none</c> (one machine, the default),
/// <c>localhost</c> (a one-silo cluster in memory, for development) or <c>azure</c> (membership, grain state and
/// reminders in Azure Table storage — Azurite locally — so servers find each other and sessions fail over).
/// </summary>
public sealed class SessionClusterOptions : IValidatableObject
{
    public const string Section = "Cluster";

    [RegularExpression("^(none|localhost|azure)$", ErrorMessage = "Cluster:Mode must be none, localhost or azure")]
    public string Mode { get; set; } = "none";

    /// <summary>Servers with the same cluster id form one cluster (one per deployment slot).</summary>
    [Required]
    public string ClusterId { get; set; } = "interviewbot";

    /// <summary>Stays the same across deployments: it keys grain state and reminders.</summary>
    [Required]
    public string ServiceId { get; set; } = "interviewbot";

    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The IP other servers reach this one at (127.0.0.1 for a cluster on one machine); unset: the address the host name resolves to.</summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>Azure Table endpoint, used with the app's Entra identity (DefaultAzureCredential).</summary>
    public Uri? TableEndpoint { get; set; }

    /// <summary>For Azurite (its well-known development connection string); a secret anywhere else.</summary>
    public string? ConnectionString { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Mode == "azure" && TableEndpoint is null && string.IsNullOrEmpty(ConnectionString))
            yield return new ValidationResult("Cluster:Mode is azure: set Cluster:TableEndpoint (Entra identity) or Cluster:ConnectionString (Azurite)", [nameof(TableEndpoint)]);
        if (AdvertisedAddress is not null && !System.Net.IPAddress.TryParse(AdvertisedAddress, out _))
            yield return new ValidationResult($"Cluster:AdvertisedAddress '{AdvertisedAddress}' is not an IP address", [nameof(AdvertisedAddress)]);
    }
}
