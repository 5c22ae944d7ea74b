using System.Text.Json;
using System.Text.Json.Serialization;

namespace InterviewBot.Teams.Cards;

/// <summary>An Adaptive Card (schema 1.5), typed so a card that Teams would refuse does not compile.</summary>
public sealed record AdaptiveCard(IReadOnlyList<CardElement> Body)
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    [JsonPropertyName("$schema")]
    public string Schema { get; init; } = "http://adaptivecards.io/schemas/adaptive-card.json";

    public string Type { get; init; } = "AdaptiveCard";
    public string Version { get; init; } = "1.5";
    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>The card as JSON for an attachment or an invoke response.</summary>
    public JsonElement ToJson() => JsonSerializer.SerializeToElement(this, CardJsonContext.Default.AdaptiveCard);
}

/// <summary>Anything in a card's body.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(InputText), "Input.Text")]
[JsonDerivedType(typeof(InputNumber), "Input.Number")]
[JsonDerivedType(typeof(InputChoiceSet), "Input.ChoiceSet")]
public abstract record CardElement
{
    public string? Spacing { get; init; }
    public bool? Separator { get; init; }
}

/// <summary>Text; wraps by default because a cut-off coaching tip is useless.</summary>
public sealed record TextBlock(string Text) : CardElement
{
    public bool Wrap { get; init; } = true;
    public string? Weight { get; init; }
    public string? Size { get; init; }
    public string? Color { get; init; }
    public bool? IsSubtle { get; init; }
}

/// <summary>Name/value pairs.</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

/// <summary>One name/value pair of a <see cref="FactSet"/>.</summary>
public sealed record Fact(string Title, string Value);

/// <summary>A group of elements, optionally styled (emphasis, good, attention).</summary>
public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public string? Style { get; init; }
}

/// <summary>A text field.</summary>
public sealed record InputText(string Id) : CardElement
{
    public string? Label { get; init; }
    public string? Placeholder { get; init; }
    public string? Value { get; init; }
    public bool? IsRequired { get; init; }
    public bool? IsMultiline { get; init; }
    public int? MaxLength { get; init; }
    public string? ErrorMessage { get; init; }
}

/// <summary>A number field.</summary>
public sealed record InputNumber(string Id) : CardElement
{
    public string? Label { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public double? Value { get; init; }
    public bool? IsRequired { get; init; }
    public string? ErrorMessage { get; init; }
}

/// <summary>A drop-down.</summary>
public sealed record InputChoiceSet(string Id, IReadOnlyList<Choice> Choices) : CardElement
{
    public string? Label { get; init; }
    public string? Value { get; init; }
    public string Style { get; init; } = "compact";
}

/// <summary>One entry of an <see cref="InputChoiceSet"/>.</summary>
public sealed record Choice(string Title, string Value);

/// <summary>A button.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
public abstract record CardAction(string Title);

/// <summary>Universal Action: Teams sends an <c>adaptiveCard/action</c> invoke with the verb, the data and the inputs.</summary>
public sealed record ExecuteAction(string Title, string Verb) : CardAction(Title)
{
    public IReadOnlyDictionary<string, string>? Data { get; init; }
    public string? Style { get; init; }
}

/// <summary>A link button.</summary>
public sealed record OpenUrlAction(string Title, Uri Url) : CardAction(Title);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AdaptiveCard))]
internal sealed partial class CardJsonContext : JsonSerializerContext;
