using System.Text.RegularExpressions;

namespace InterviewBot.Core.Coaching.Classification;

/// <summary>
/// Another tool, vendor or workaround named by the interviewee: a known product, a home-made workaround
/// (a spreadsheet, a clipboard, a paper sheet), or a capitalised name right after "we use", "tried",
/// "switched to" and the like in the original casing.
/// </summary>
public static partial class AlternativeDetector
{
    public static bool Mentions(UtteranceText u) =>
        KnownTools().IsMatch(u.Normalized) || Workarounds().IsMatch(u.Normalized) || NamedAfterVerb().IsMatch(u.Original);

    [GeneratedRegex(@"\b(?:excel|google (?:sheets?|docs?|calendar|forms?|drive)|microsoft (?:word|excel|teams|access)|access database|word doc|in word|outlook|gmail|whatsapp|slack|notion|airtable|trello|asana|jira|clickup|quickbooks|xero|gusto|adp|paychex|shopify|stripe|paypal|venmo|salesforce|hubspot|zendesk|intercom|mailchimp|calendly|acuity|mindbody|homebase|when i work|7shifts|linkedin|upwork|fiverr|procore|docusign|adobe|acrobat|dropbox|sysco|costco|restaurant depot|looker|tableau|power bi|otter|fireflies|gainsight|filemaker|canva|typeform|surveymonkey|jotform|evernote|onenote|freshbooks|expensify|agencyanalytics|mcleod)\b")]
    private static partial Regex KnownTools();

    [GeneratedRegex(@"\b(?:spreadsheets?|clipboard|whiteboard|paper (?:calendar|sheet|sign-up sheet|sign-up|form|forms|map|list|schedule|log|statement)|printed (?:map|list|schedule|sheet|bay map)|spiral notebook|notebook|calculator|landline|call log|sticky notes|post-its|group (?:text|chat)s?|group texts|email chains?|a checklist|freelancer|an agency|a consultant|the add-on|an add-on|a plugin|by fax|fax(?:ed)? (?:it|them))\b")]
    private static partial Regex Workarounds();

    [GeneratedRegex(@"\b(?:use|used|using|tried|trying|try|bought|demoed|demo'd|switched (?:to|from)|moved (?:to|from)|went with|go with|signed up for|paying for|pay for|came off|come off)\s+(?:a |an |the )?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|I|I'm|I'd|I'll)\b)[A-Z][\w&.-]+")]
    private static partial Regex NamedAfterVerb();
}
