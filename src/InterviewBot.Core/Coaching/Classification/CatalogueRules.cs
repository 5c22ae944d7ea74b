using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Coaching.Classification;

/// <summary>
/// The label and tag patterns of COACHING.md §1, one rule per label. Patterns run on
/// <see cref="UtteranceText.Normalized"/> (lower case, fillers removed, punctuation optional).
/// </summary>
public static class CatalogueRules
{
    private const ParticipantRole Er = ParticipantRole.Interviewer;
    private const ParticipantRole Ee = ParticipantRole.Interviewee;

    // Shared vocabulary.
    private const string Aux = @"(?:do|does|did|is|are|was|were|have|has|had|can|could|will|should|shall|may|might|am)";
    private const string Number = @"(?:\$?\d[\d,.]*\s*(?:k|%|x)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half|a couple of|a dozen|dozens of)";
    private const string Unit = @"(?:hours?|minutes?|mins?|seconds?|days?|weeks?|months?|years?|dollars?|bucks|grand|euros?|pounds?|percent|%|people|employees|staff|customers|clients|users|patients|trucks|drivers|orders|calls|emails|tickets|times|locations|stores|sites|reps|agents|nurses|physicians|bakers|cafés|cafes|rolls|loaves|baguettes|k\b|x\b|bags|shifts|members|students|teachers|units|deliveries|invoices|hires|candidates|accounts|seats|licenses|a (?:week|month|day|year|quarter))";

    /// <summary>Every rule, interviewer labels first, then interviewee labels, then structure tags.</summary>
    public static IReadOnlyList<PatternRule> All { get; } =
    [
        // ---- Interviewer labels ----
        PatternRule.For(Er, UtteranceLabels.LeadingQuestion,
            @"(?:,|\b)\s*(?:right|correct|yeah|huh|no)\s*\??\s*$|\b(?:isn't it|aren't you|don't you|didn't it|wasn't it|doesn't it|isn't that|aren't they|wouldn't you)\s*\??\s*$" +
            @"|^(?:so\s+|and\s+|but\s+)?(?:don't you (?:think|agree|find|feel)|wouldn't it be|wouldn't you (?:say|agree)|isn't (?:it|that)|aren't you|i bet|bet|surely|you must|you'd agree|you'd definitely|i'm sure you|you probably|you love|you'd love|how (?:much|great) (?:do you love|is it)|how great|how awesome|how much easier)" +
            @"|\b(?:the real problem is|you must have|must be (?:so |really )?(?:frustrating|annoying|exhausting|painful|great))",
            unless: @"^(?:right|so right) (?:after|before|when|then|now)\b|\ball right\b"),
        PatternRule.For(Er, UtteranceLabels.HypotheticalQuestion,
            @"\bwould you (?:ever )?(?:use|pay|buy|switch|try|sign up|be (?:interested|willing|open to (?:using|paying|switching|trying))|consider|recommend (?:us|it|our)|want (?:a|an|something|us)|like (?:a|an|something))" +
            @"|\bif (?:we|i|there was|there were|you had|you could|it could|our)\b.*\bwould (?:you|that|it)\b(?!.*\bwhat\b)|\bhow likely (?:are|would) you\b|\bwould (?:it|that|something like (?:this|that|ours)) (?:help|be useful|make|save)|\bhow much would you (?:pay|spend)|\bwould you (?:switch|move) to\b|you'd (?:definitely )?use",
            unless: @"^if (?:a friend|you were|someone|a colleague|another)|\bwhat would (?:change|you tell|you say|that let|you have done)|\bif we fixed\b.*\bwhat\b"),
        PatternRule.For(Er, UtteranceLabels.GenericQuestion,
            @"\b(?:usually|typically|normally|generally|in general|tend to|most of the time|on a typical|on an average)\b|\bwhat matters most\b|\bwhat's more important\b|\b(?:price|cost) or (?:features|quality)\b",
            unless: @"\b(?:last time|last (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|that day|that time)\b"),
        PatternRule.For(Er, UtteranceLabels.Pitch,
            @"\b(?:we built|we're building|we are building|we've built|we're working on|we are working on|our (?:tool|app|product|platform|order page|software|solution|team built)|let me tell you about|let me show you|actually (?:our|we)|we (?:can|could) (?:totally|definitely)|that's exactly what we|is literally what our|you can (?:take|use|set) (?:deposits|our)|we just (?:launched|shipped|released)|our new\b|we have a feature|we're going to (?:change|fix|solve)|basically going to change)",
            unless: @"\?\s*$"),
        PatternRule.For(Er, UtteranceLabels.FollowUp,
            @"\b(?:tell me more|say more|can you give (?:me )?an example|could you give (?:me )?an example|what happened (?:next|then|after)|what do you mean|why (?:was|is) that|what made (?:it|that|you)|how so\b|what was that like|how did that (?:feel|go|affect)|why did (?:you|that)|why'd you|what (?:did|does) that (?:mean|look like|cost)|can you walk me through that|what was going through|when was the last time that|what specifically|like what|and then what|what about (?:that|it) (?:is|was)|what makes it)"),
        PatternRule.For(Er, UtteranceLabels.OpenQuestion,
            @"^(?:(?:so|and|okay|ok|alright|great|cool|right|now|well|but|oh|yeah),?\s+)*(?:what|how|why|where|when|who|which|tell me|walk me through|talk me through|describe|can you (?:tell|walk|describe|talk)|could you (?:tell|walk|describe|talk)|help me understand|take me through)\b",
            unless: @"^(?:(?:so|and|okay|ok|alright|great|cool|right|now|well|but|oh|yeah),?\s+)*(?:what about (?:you|it)\b\s*\??$)"),
        PatternRule.For(Er, UtteranceLabels.ClosedQuestion,
            @"^(?:(?:so|and|okay|ok|alright|great|cool|right|now|well|but|oh|yeah|also),?\s+)*(?:" + Aux + @"|would|are|were|any)\s+(?:you|it|that|this|they|there|he|she|we|your|the|anyone|anybody|any)\b",
            unless: @"^(?:(?:so|and|okay|ok|alright|great|cool|right|now|well|but|oh|yeah),?\s+)*(?:can|could) you (?:tell|walk|describe|talk|give|say)\b"),

        // ---- Interviewee labels ----
        PatternRule.For(Ee, UtteranceLabels.Quantified,
            @"(?:\$\s?\d|\d\s?%|\b" + Number + @"(?:[\s-]+(?:or|to|and)[\s-]+" + Number + @")?(?:[\s-]+(?:hundred|thousand|more|extra|full-time|part-time|other|a))*[\s-]+(?:" + Unit + @")\b)",
            unless: null),
        PatternRule.For(Ee, UtteranceLabels.VagueQuantity,
            @"\b(?:a lot|a ton|tons of|lots of time|way (?:more|less|faster|easier)|much (?:faster|better|easier|quicker)|big difference|huge difference|saves? (?:us|me) (?:a (?:lot|ton)|so much|time)|a big chunk|so much time|way more productive|more productive|a bunch of time|forever|ages|dropped a lot|a lot of (?:time|money|the))\b"),
        PatternRule.For(Ee, UtteranceLabels.Generalization,
            @"\b(?:i usually|we usually|usually (?:i|we|they|the|it)|we always|i always|typically|normally|generally|we tend to|i tend to|most of the time|every time)\b",
            unless: @"\b(?:last (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|quarter|time)|yesterday|ago)\b"),
        PatternRule.For(Ee, UtteranceLabels.VaguePraise,
            @"^(?:(?:oh|yeah|yes|well|honestly|i mean),?\s+)*(?:it's (?:great|awesome|nice|good|cool|amazing|fine)|i love it|love it|sounds (?:useful|great|cool|good|interesting)|great idea|that's (?:cool|great|awesome|neat|nice)|pretty (?:cool|neat|good)|it's pretty (?:good|great|cool))\b"),
        PatternRule.For(Ee, UtteranceLabels.Complaint,
            @"\b(?:annoying|annoys|the problem is|problem with|drives me (?:crazy|nuts)|i hate|really hate|frustrat\w*|a pain|the worst|useless|nightmare|headache|can't stand|broken|terrible|awful|sucks|i really hate|is killing us|gets old|a mess|clunky|slow as)\b"),
        PatternRule.For(Ee, UtteranceLabels.Emotion,
            @"\b(?:cried|crying|furious|relief|relieved|drowning|panic\w*|scared|terrified|so stressed|stressed out|angry|mad\b|thrilled|ecstatic|devastated|embarrass\w*|humiliat\w*|heartbroken|in tears|freaking out|lost my mind|exhausted|burned out|burnt out|overwhelmed|proud)\b"),
        PatternRule.For(Ee, UtteranceLabels.FeatureRequest,
            @"\b(?:it would be (?:nice|great|cool|awesome) if|i wish (?:it|you|the|there|i could|we could|patients|they)|you should add|you guys should|if only (?:it|the)|what i (?:really )?wish|it'd be (?:nice|great) if|i'd love (?:it if|a|an|to be able)|can you add|could you add)\b",
            unless: @"\bi wish (?:they were all|i had|i knew|i'd)\b"),
        PatternRule.For(Ee, UtteranceLabels.AlternativeMention,
            @"\b(?:we tried|i tried|we switched from|we used to use|we use|we're using|we looked at|instead we|competitor|excel|google sheets|spreadsheet|whatsapp|group texts?|slack|notion|airtable|quickbooks|otter|fireflies|zoom|calendly|mindbody|trello|asana|jira|paper calendar|spiral notebook|notebook|whiteboard|sticky notes|orderly|salesforce|hubspot|the add-on|an add-on|square)\b"),
        PatternRule.For(Ee, UtteranceLabels.Story,
            @"\b(?:last (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|quarter|spring|summer|fall|winter|night|time)|yesterday|this morning|(?:two|three|a few|couple of) (?:days|weeks|months) ago|one (?:time|day|saturday|sunday|monday|morning)|there was (?:one|this) (?:time|day|saturday|morning)|back in (?:19|20)\d\d|in (?:january|february|march|april|may|june|july|august|september|october|november|december))\b"),
        PatternRule.For(Ee, UtteranceLabels.Commitment,
            @"\b(?:i'll (?:intro|introduce|send|ask|set up|connect|loop|share|forward|book|get you)|let's do (?:a|it|that)|happy to (?:do|intro|try|help|set|jump)|sure,? i can (?:intro|send|do)|sign me up|count me in|how about (?:monday|tuesday|wednesday|thursday|friday|next)|we can start (?:a|the) pilot|let's set (?:it|that) up|i can do (?:monday|tuesday|wednesday|thursday|friday|next))\b"),

        // ---- Structure tags (interviewer) ----
        PatternRule.Tagging(StructureTags.ConsentRequest, @"\b(?:record|recording)\b.*\??|\bmind if i (?:record|take notes)\b"),
        PatternRule.Tagging(StructureTags.GoalStatement, @"\b(?:i'm trying to (?:understand|learn)|the goal (?:today|of this|is)|i want to (?:understand|learn)|what i'm hoping to|i'd love to (?:understand|learn)|today i'm (?:trying|hoping))\b"),
        PatternRule.Tagging(StructureTags.WrapUp, @"\b(?:anything else (?:you'd like|you want|i should|we should)|is there anything (?:else|i didn't ask)|anything i (?:should have|didn't) ask)\b"),
        PatternRule.Tagging(StructureTags.NextStep, @"\b(?:would you be open to|could (?:we|i) (?:follow up|send|set up|schedule|get)|can i (?:send|follow up|share|quote)|would you be willing to|intro(?:duce)? (?:me|us) to|a (?:pilot|follow-up|second call)|okay if i (?:send|quote|share)|could you introduce)\b"),
        PatternRule.Tagging(StructureTags.BeforeContext, @"\b(?:before (?:you|we|using|switching|that|all this)|what did you do before|how did you (?:handle|manage) it before)\b"),
        PatternRule.Tagging(StructureTags.Discovery, @"\bhow did you (?:find|hear about|come across|first hear|decide to try|end up (?:with|choosing))\b|\bwhat made you (?:try|choose|pick|decide)\b"),
        PatternRule.Tagging(StructureTags.Skepticism, @"\b(?:skeptical|sceptical|almost stopped you|hesitat\w*|reservations|nearly didn't|worried about (?:trying|switching))\b"),
        PatternRule.Tagging(StructureTags.AhaMoment, @"\b(?:moment (?:you|when you) (?:knew|realized|realised)|when did it click|aha moment|when did you know)\b"),
        PatternRule.Tagging(StructureTags.ResultsMetrics, @"\bhow (?:much|many) (?:time|money|hours|dollars|minutes|days|people)\b|\bwhat (?:did|does) (?:it|that) cost\b|\bcost you\b|\bwhat changed in numbers\b"),
        PatternRule.Tagging(StructureTags.Surprise, @"\b(?:surprised|surprise|surprising|didn't expect)\b"),
        PatternRule.Tagging(StructureTags.Advice, @"\b(?:advice|if a friend|what would you tell|what would you say to)\b"),
        PatternRule.Tagging(StructureTags.Alternatives, @"\b(?:what else (?:did you|have you) (?:try|tried|look at|use)|other (?:tools|options|vendors)|alternatives|what did you try|what have you tried|how are you solving (?:it|that) today)\b"),
        PatternRule.Tagging(StructureTags.Challenges, @"\b(?:hardest|hard about|almost made you (?:cancel|quit)|biggest (?:challenge|headache|problem)|what's been (?:hard|tough|difficult)|most frustrating|what's difficult|struggle)\b"),
    ];
}
