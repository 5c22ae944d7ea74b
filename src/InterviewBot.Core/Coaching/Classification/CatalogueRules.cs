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
        // ---- Interviewer labels (open, closed and multi-part come from the clause forms, not from here) ----
        PatternRule.For(Er, UtteranceLabels.LeadingQuestion,
            @"(?:,|\b)\s*(?:right|correct|yeah|huh|yes|eh|isn't it|aren't you|don't you|didn't it|wasn't it|doesn't it|isn't that|aren't they|wouldn't you|weren't you|didn't you|wasn't that|don't they|won't you|haven't you|can't you|wouldn't it)\s*\?\s*(?:$|\S)" +
            @"|(?:,\s*|\s)(?:right|correct|yeah|huh|isn't it|don't you|weren't you|didn't you|wasn't it|aren't you)\s*$" +
            @"|^(?:(?:so|and|but|okay|now|i mean),?\s+)*(?:don't you|doesn't it|doesn't that|isn't it|isn't that|aren't you|wasn't it|wasn't that|didn't you|wouldn't it|wouldn't you|don't they|won't it|haven't you|i bet|bet|surely|you must|i'm guessing|i guess you|i'm sure you|you'd agree|you'd definitely|you probably|you love|you'd love|you really like)\b" +
            @"|\bhow (?:much do you love|great is it|great is|awesome is|much easier|nice is it)\b|\bthe (?:best|greatest) (?:thing|part) about how\b|\bthe real problem is\b|\b(?:that |it )?must (?:have been|be) (?:so |really |a )?(?:nightmare|frustrating|annoying|exhausting|painful|great|hard|tough|stressful|awful|drive you)|\bthat must (?:drive|make|have)\b",
            unless: @"^(?:so\s+|and\s+)?right (?:after|before|when|then|now|away|there)\b|\ball right\b|^(?:is|was) (?:that|it) (?:right|correct)\??$|did i get that right|have i got that right"),
        PatternRule.For(Er, UtteranceLabels.HypotheticalQuestion,
            @"\bwould (?:you|your \w+|they|he|she|\w+s)\s+(?:ever |actually |really |definitely |still |realistically )?(?:use|pay|buy|switch|try|sign up|subscribe|purchase|adopt|install|download|approve|share|recommend|consider|want|like|be (?:interested|willing to (?:use|pay|switch|try|buy)|open to (?:using|paying|switching|trying|buying)|likely))\b" +
            @"|\bif (?:we|i|there was|there were|you had|you could|it could|our|it|they)\b[^?]*\bwould (?:you|that|it|they|\w+s)\b" +
            @"|\bhow likely\b|\bhow much would you (?:pay|spend)\b|\bwould you pay\b" +
            @"|\bwould (?:it|that|something like (?:this|that|ours)|an? (?:\w+ ){0,3}(?:feature|tool|app|product|dashboard|page|board) (?:like [\w ]+)?) (?:help|be (?:useful|helpful|worth|valuable)|make (?:your|it|things)|save)\b" +
            @"|\bdoes (?:this|that|it) sound like something\b|\bdo you think (?:you|your \w+|they|\w+s|he|she) (?:would|'d|will)\b|\bwould your \w+ (?:approve|use|like|go for)\b|^(?:so\s+)?imagine (?:you|if|a|there|that)\b" +
            @"|\bwhere would (?:something|this|that|it) (?:like this )?\w*\b|\bsomething like (?:this|that|ours)\b[^.]*\?|\bsomething like (?:this|that|ours)$" +
            @"|\bwhat (?:do|did) you think (?:of|about) (?:the|our|this|that)\s+(?:[\w-]+\s+){0,4}?(?:idea|concept|mockups?|prototype|design|demo|sketch|order form|builder|feature)\b|\b(?:first impression|your take|your thoughts|what's your take) (?:of|on) (?:the|our|this)\b[^?]*(?:idea|concept|mockups?|prototype|design|demo|sketch|we showed|we sketched|we built)",
            unless: @"^(?:(?:so|and)\s+)?if (?:a friend|you were in|someone|a colleague|another|you think back)|\bwhat would (?:change|you tell|you say|that let|that make|you have done|be different|it come to|have happened|happen|you advise)|\bwould you be (?:willing|open|up) to (?:introduce|connect|intro|share|chat|talk|meet|review|look|let)|\bwould it be (?:possible|okay|ok|alright|all right) (?:to|if)\b|\bwould you mind\b"),
        PatternRule.For(Er, UtteranceLabels.GenericQuestion,
            @"\b(?:usually|typically|typical|normally|generally|in general|tend to|most of the time|on a typical|on an average|on average)\b|\bwhat matters (?:most|more)\b|\bwhat's more important\b|\bwhat's most important (?:to you )?when\b|\b(?:price|cost) or (?:features|quality)\b",
            unless: @"\b(?:last time|last (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|that day|that time|you mentioned|you said)\b"),
        PatternRule.InStatements(Er, UtteranceLabels.Pitch,
            @"\b(?:we built|we've built|we designed|we made (?:it|this)|we're (?:also |actually |now )?(?:building|fixing|adding|planning|launching|shipping|working on|releasing|rolling out|thinking about (?:building|adding|launching))|we are (?:building|fixing|adding|planning|working on)|we'll have|we will have|let me tell you about|let me show you|our (?:tool|app|product|platform|software|solution|customers|users|clients|reminders|beta|new|order page|bulk upload|integration|roadmap)\b|actually our\b|that's exactly (?:what|why) (?:we|our)|is literally what our|you can (?:take|use|set) (?:deposits|our)|we just (?:launched|shipped|released)|we have a feature|on (?:the|our) (?:roadmap|list)|coming in (?:q\d|the (?:next|fall|spring|summer)|next)|ships? next|in the next (?:release|sprint|version|update)|the way it works is|you should try|that feature exists|deliberate choice|what we've seen|most (?:people|customers|clinics|users|teams) find|you won't need|so that problem goes away|basically going to change|(?:our|the) (?:mobile )?app is coming|it'll work offline)\b"),
        PatternRule.For(Er, UtteranceLabels.FollowUp,
            @"\b(?:tell me more|say more|(?:can|could) you give (?:me )?an example|give me an example|what happened (?:next|then|after)|and then what|what do you mean|what did you mean|why (?:was|is) that|how so\b|what was that like|how did that (?:feel|go|affect|land)|can you walk me through that|what was going through|what went through your|when was the last time that|when did that last|what specifically|like what|what makes it|what made it|what's an example|what would that (?:let|make)|what part of (?:it|that)|what about it,? specifically)"),

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
        PatternRule.Tagging(StructureTags.GoalStatement, @"\b(?:(?:i'm|we're|i am|we are) (?:just |really |mainly )?trying to (?:understand|learn|figure out)|the goal (?:today|of this|is)|i (?:just |mainly |really )?want to (?:understand|learn|hear)|what i'm hoping to|what i'd like to (?:learn|understand|hear)|i'd love to (?:understand|learn|hear)|today i'm (?:just |really )?(?:trying|hoping)|i'm not (?:selling|going to (?:sell|demo|pitch))|not (?:selling|show(?:ing)? you) anything|nothing to buy)\b"),
        PatternRule.Tagging(StructureTags.WrapUp, @"\b(?:anything else (?:you'd like|you want|i should|we should|you think|to add|worth)|is there (?:anything|something) (?:else|i didn't ask|i should have|we didn't)|anything i (?:should have|didn't|forgot to) ask|what else should i (?:have )?ask|before we wrap|that's everything on my list)\b"),
        PatternRule.Tagging(StructureTags.NextStep, @"\b(?:would you be (?:open|up|willing) (?:to|for)|are you (?:open|up) (?:to|for)|could (?:we|i) (?:follow up|send|set up|schedule|get|run|do|find a time|test|try|quote|add|share|look|come)|can (?:we|i) (?:send|follow up|share|quote|set up|schedule)|should we (?:set up|schedule|do)|intro(?:duce)? (?:me|us) to|connect me with|a (?:pilot|follow-up|follow up|second call|second session|trial)|okay (?:with us using|if i (?:send|quote|share|follow))|(?:okay|ok|alright) if i followed up|could you introduce|who else (?:should i talk|needs to see|should see|would i talk)|anyone (?:on|in) [\w ]+ i could talk|quote you|beta list|possible to (?:look|test|try|see)|let's (?:set up|schedule|book))\b"),
        PatternRule.Tagging(StructureTags.BeforeContext, @"\b(?:before (?:you (?:had|found|started|switched|used|signed|came|landed|got)|using|switching|all this|us\b)|what did you do before|how did you (?:handle|manage) it before|back before)\b", unless: @"\bwhat (?:else )?did you (?:use|try)\b"),
        PatternRule.Tagging(StructureTags.Discovery, @"\bhow did you (?:find (?:us|out about)|hear about|come across|first hear|decide to try|end up (?:with us|choosing us|trying))\b|\bwhat made you (?:try|choose|pick|decide to try) (?:us|it)\b|\bwhy did you pick us\b"),
        PatternRule.Tagging(StructureTags.Skepticism, @"\b(?:skeptical|sceptical|almost stopped you|hesitat\w*|reservations|nearly didn't|worried about (?:trying|switching))\b"),
        PatternRule.Tagging(StructureTags.AhaMoment, @"\b(?:moment (?:you|when you) (?:knew|realized|realised)|when did it click|aha moment|when did you know|(?:at )?what point did you (?:realize|realise|know)|first time it (?:actually )?(?:saved|paid|worked|helped)|when the first \w+ (?:arrived|came|landed))\b"),
        PatternRule.Tagging(StructureTags.ResultsMetrics, @"\bhow (?:much|many) (?:time|money|hours|dollars|minutes|days|more|less|faster|quicker|did you save|is that costing|would you say)\b|\bhow much (?:faster|quicker|better)\b|\bwhat (?:did|does) (?:it|that) (?:cost|save)(?: you)?\b|\bcost(?:ing)? you\b|\bwhat changed in numbers\b|\bfrom what to what\b|\b(?:dollar )?figure on\b|\bhow long does (?:that|it) take\b|\bhow big a chunk\b|\bwhat was the [\w ]{1,20} (?:rate|number|count|time) before\b|\bhow many more\b|\bhow much did (?:you|it|that) save\b"),
        PatternRule.Tagging(StructureTags.Surprise, @"\b(?:surprised|surprise|surprising|didn't expect)\b"),
        PatternRule.Tagging(StructureTags.Advice, @"\b(?:advice|if a friend|what would you tell|what would you say to)\b"),
        PatternRule.Tagging(StructureTags.Alternatives, @"\b(?:what else (?:did you|have you) (?:try|tried|look at|use|used)|other (?:\w+ )?(?:tools|options|vendors|apps|products|software)|alternatives|what (?:did|do) you (?:try|use)\b[^?]*\b(?:before|back then|to keep|for)\b|what have you tried|how are you solving (?:it|that) today|what didn't work about|what did you try after|what did you use before)\b"),
        PatternRule.Tagging(StructureTags.Challenges, @"\b(?:hardest|hard about|almost made you (?:cancel|quit)|made you cancel|biggest (?:challenge|headache|problem)s?|what's been (?:hard|tough|difficult|the most|getting in)|most (?:frustrating|tedious|annoying|painful)|what's (?:difficult|bugged|bugging)|bugged you|struggle|getting in your way|what gets in the way|worst part)\b"),
    ];
}
