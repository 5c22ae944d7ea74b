namespace InterviewBot.Core.Synthesis;

/// <summary>
/// Words that carry no topic in speech: function words, fillers, and the everyday verbs, adverbs and nouns every
/// interviewee uses ("can't", "way", "find", "stuff", "little"). Two clauses that share only these are not about the
/// same thing, so they never count towards similarity. Written once from English usage, not fitted to a study.
/// </summary>
internal static class EverydayWords
{
    /// <summary>The words, lower case, apostrophes as typed.</summary>
    public static readonly HashSet<string> All = new(StringComparer.Ordinal)
    {
        // Function words.
        "the", "a", "an", "and", "or", "but", "if", "then", "so", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is", "are",
        "was", "were", "be", "been", "being", "it", "its", "it's", "this", "that", "that's", "these", "those", "there", "there's", "here", "i",
        "i'm", "i've", "i'd", "i'll", "me", "my", "myself", "we", "we're", "we've", "we'd", "we'll", "our", "us", "you", "you're", "you've",
        "you'd", "you'll", "your", "they", "they're", "they've", "they'd", "they'll", "them", "their", "he", "he's", "she", "she's", "his",
        "her", "him", "what", "what's", "which", "who", "whom", "whose", "how", "when", "where", "why", "do", "does", "did", "doing", "done",
        "have", "has", "had", "having", "can", "could", "would", "should", "will", "shall", "may", "might", "must", "not", "no", "nor", "yes",
        "don't", "doesn't", "didn't", "can't", "couldn't", "won't", "wouldn't", "shouldn't", "isn't", "aren't", "wasn't", "weren't",
        "haven't", "hasn't", "hadn't", "about", "into", "out", "up", "down", "over", "under", "off", "again", "also", "than", "too", "very",
        "just", "only", "even", "still", "yet", "already", "all", "any", "some", "each", "every", "both", "either", "neither", "such", "own",
        "same", "other", "another", "more", "most", "much", "many", "few", "less", "least", "because", "cause", "since", "while", "until",
        "though", "although", "whether", "through", "between", "after", "before", "during", "without", "within", "against", "around",
        "like", "per", "via", "let", "let's", "ain't",
        // Fillers and hedges.
        "um", "uh", "uhm", "hmm", "mm", "mmm", "yeah", "yep", "yup", "nope", "okay", "ok", "oh", "ah", "well", "right", "sure", "really",
        "actually", "basically", "honestly", "literally", "pretty", "quite", "kind", "kinda", "sort", "sorta", "maybe", "probably",
        "perhaps", "guess", "mean", "know", "think", "thought", "feel", "felt", "gonna", "wanna", "gotta", "stuff", "thing", "things",
        "something", "anything", "everything", "nothing", "someone", "anyone", "everyone", "somebody", "anybody", "everybody", "lot",
        "lots", "bit", "little", "whatever", "unintelligible", "definitely", "obviously", "certainly", "exactly", "totally", "super",
        // Everyday verbs, adverbs and nouns of speech.
        "get", "gets", "getting", "got", "gotten", "go", "goes", "going", "went", "gone", "come", "comes", "coming", "came", "make", "makes",
        "making", "made", "take", "takes", "taking", "took", "taken", "give", "gives", "giving", "gave", "given", "put", "puts", "putting",
        "say", "says", "saying", "said", "tell", "told", "see", "sees", "seeing", "saw", "seen", "look", "looks", "looking", "looked", "find",
        "finds", "finding", "found", "want", "wants", "wanted", "try", "tries", "trying", "tried", "use", "uses", "using", "used", "work",
        "works", "working", "worked", "need", "needs", "needed", "keep", "kept", "seem", "seems", "seemed", "start", "started", "able",
        "way", "ways", "time", "times", "one", "ones", "two", "first", "last", "next", "new", "old", "good", "great", "big", "small", "long",
        "sometimes", "always", "never", "often", "usually", "now", "then", "today", "back", "day", "days", "year", "years", "people",
        "person", "part", "point", "case", "fact", "idea", "question", "questions", "answer", "example", "different", "whole", "certain",
        "far", "else", "enough", "almost", "anyway", "though", "either", "instead", "already", "sort", "type", "types", "kinds",
    };
}
