using System.Diagnostics;
using System.Text.Json.Nodes;
using InterviewBot.Server.Tests.EndToEnd;

namespace InterviewBot.Server.Tests.Infra;

/// <summary>infra/: the bicep compiled to ARM (scripts/bicep.sh, warnings as errors) and read for what matters in production.</summary>
public sealed class ArmTemplateTests
{
    private static readonly Lazy<JsonNode[]> s_resources = new(Compile);

    private static JsonNode[] Compile()
    {
        var root = Playground.RepoRoot();
        var start = new ProcessStartInfo("bash") { WorkingDirectory = root, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("scripts/bicep.sh");
        using (var process = Process.Start(start)!)
        {
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, error.Result);
        }
        var main = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "out", "infra", "main.json")))!;
        var all = new List<JsonNode>();
        void Walk(JsonNode template)
        {
            foreach (var r in Resources(template))
            {
                all.Add(r);
                if (r["type"]?.GetValue<string>() == "Microsoft.Resources/deployments" && r["properties"]?["template"] is { } nested) Walk(nested);
            }
        }
        Walk(main);
        return [.. all];
    }

    private static IEnumerable<JsonNode> Resources(JsonNode template) => template["resources"] switch
    {
        JsonArray array => array.OfType<JsonNode>(),
        JsonObject map => map.Select(p => p.Value).OfType<JsonNode>(),
        _ => [],
    };

    private static IEnumerable<JsonNode> OfType(string type) => s_resources.Value.Where(r => r["type"]?.GetValue<string>() == type);

    [Fact]
    public void Storage_IsHttpsOnly_Tls12_WithoutSharedKeys()
    {
        var storage = Assert.Single(OfType("Microsoft.Storage/storageAccounts"))["properties"]!;
        Assert.True(storage["supportsHttpsTrafficOnly"]!.GetValue<bool>());
        Assert.Equal("TLS1_2", storage["minimumTlsVersion"]!.GetValue<string>());
        Assert.False(storage["allowSharedKeyAccess"]!.GetValue<bool>());
        Assert.False(storage["allowBlobPublicAccess"]!.GetValue<bool>());
    }

    [Fact]
    public void NoStorageKeyOrConnectionString_AppearsAnywhere()
    {
        var text = string.Join("\n", s_resources.Value.Select(r => r.ToJsonString()));

        Assert.DoesNotContain("AccountKey=", text, StringComparison.Ordinal);
        Assert.DoesNotContain("listKeys(", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ContainerAppsLogs_GoThroughAzureMonitorToTheWorkspace_WithoutASharedKey()
    {
        var environment = Assert.Single(OfType("Microsoft.App/managedEnvironments"))["properties"]!["appLogsConfiguration"]!;
        Assert.Equal("azure-monitor", environment["destination"]!.GetValue<string>());
        Assert.Null(environment["logAnalyticsConfiguration"]);
        var diagnostics = Assert.Single(OfType("Microsoft.Insights/diagnosticSettings"))["properties"]!;
        Assert.NotNull(diagnostics["workspaceId"]);
        Assert.Contains(diagnostics["logs"]!.AsArray(), l => l!["categoryGroup"]?.GetValue<string>() == "allLogs" && l["enabled"]!.GetValue<bool>());
    }

    [Fact]
    public void CognitiveServices_AllowOnlyEntraTokens()
    {
        var accounts = OfType("Microsoft.CognitiveServices/accounts").ToArray();

        Assert.Equal(["OpenAI", "SpeechServices"], accounts.Select(a => a["kind"]!.GetValue<string>()).Order());
        Assert.All(accounts, a => Assert.True(a["properties"]!["disableLocalAuth"]!.GetValue<bool>()));
        Assert.Single(OfType("Microsoft.CognitiveServices/accounts/deployments"));
    }

    [Fact]
    public void TheApp_RunsAsTheManagedIdentity_HttpsOnly_WithProbesScaleAndWebSocketTransport()
    {
        var app = Assert.Single(OfType("Microsoft.App/containerApps"));
        Assert.Equal("UserAssigned", app["identity"]!["type"]!.GetValue<string>());
        var config = app["properties"]!["configuration"]!;
        Assert.False(config["ingress"]!["allowInsecure"]!.GetValue<bool>());
        Assert.Equal("http", config["ingress"]!["transport"]!.GetValue<string>()); // HTTP/1.1: WebSocket upgrades pass
        Assert.All(config["secrets"]!.AsArray(), s => Assert.NotNull(s!["keyVaultUrl"]));
        var container = app["properties"]!["template"]!["containers"]![0]!;
        Assert.Equal(["Liveness", "Readiness"], container["probes"]!.AsArray().Select(p => p!["type"]!.GetValue<string>()));
        Assert.NotNull(app["properties"]!["template"]!["scale"]!["rules"]);
        Assert.Single(OfType("Microsoft.ManagedIdentity/userAssignedIdentities"));
    }

    [Fact]
    public void TheApp_RunsAsAnOrleansCluster_OnBlobAndTableStorage_WithTheSiloPortOpenInside()
    {
        var app = Assert.Single(OfType("Microsoft.App/containerApps"));
        var env = app["properties"]!["template"]!["containers"]![0]!["env"]!.AsArray().ToDictionary(e => e!["name"]!.GetValue<string>(), e => e!["value"]?.ToJsonString());
        Assert.Equal("\"azure\"", env["InterviewBot__Cluster__Mode"]);
        Assert.Equal("\"blob\"", env["InterviewBot__Storage__Kind"]);
        Assert.Contains("tableEndpoint", env["InterviewBot__Cluster__TableEndpoint"], StringComparison.Ordinal);
        Assert.DoesNotContain("InterviewBot__Cluster__ConnectionString", env.Keys);
        var port = Assert.Single(app["properties"]!["configuration"]!["ingress"]!["additionalPortMappings"]!.AsArray());
        Assert.Equal((false, 11111), (port!["external"]!.GetValue<bool>(), port["targetPort"]!.GetValue<int>()));
        var tables = OfType("Microsoft.Storage/storageAccounts/tableServices/tables").Single();
        Assert.Contains("OrleansGrainState", tables.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("OrleansReminders", tables.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheIdentity_GetsDataRoles_OnStorageKeyVaultSpeechAndOpenAi()
    {
        var roles = OfType("Microsoft.Authorization/roleAssignments").ToArray();

        // Key Vault, Speech, OpenAI, and one loop over the three storage data roles (blob, queue, table).
        Assert.Equal(4, roles.Length);
        Assert.Single(roles, r => r["copy"] is not null);
        Assert.All(roles, r => Assert.Equal("ServicePrincipal", r["properties"]!["principalType"]!.GetValue<string>()));
    }

    [Fact]
    public void KeyVault_UsesRbac_AndInsightsTakesOnlyEntraTokens()
    {
        Assert.True(Assert.Single(OfType("Microsoft.KeyVault/vaults"))["properties"]!["enableRbacAuthorization"]!.GetValue<bool>());
        Assert.True(Assert.Single(OfType("Microsoft.Insights/components"))["properties"]!["DisableLocalAuth"]!.GetValue<bool>());
    }

    [Fact]
    public void Bot_IsSingleTenant_WithTheTeamsChannel()
    {
        var bot = Assert.Single(OfType("Microsoft.BotService/botServices"))["properties"]!;
        Assert.Equal("SingleTenant", bot["msaAppType"]!.GetValue<string>());
        Assert.True(bot["disableLocalAuth"]!.GetValue<bool>());
        Assert.Equal("MsTeamsChannel", Assert.Single(OfType("Microsoft.BotService/botServices/channels"))["properties"]!["channelName"]!.GetValue<string>());
    }

    [Fact]
    public void NoParameter_HasASecretDefault()
    {
        var main = JsonNode.Parse(File.ReadAllText(Path.Combine(Playground.RepoRoot(), "out", "infra", "main.json")))!;
        _ = s_resources.Value;

        foreach (var (name, parameter) in main["parameters"]!.AsObject())
        {
            if (parameter!["type"]!.GetValue<string>().StartsWith("secure", StringComparison.OrdinalIgnoreCase)) Assert.Null(parameter["defaultValue"]);
            Assert.DoesNotMatch("(?i)password|secret|key", name); // credentials come from Key Vault, never as parameters
        }
    }
}
