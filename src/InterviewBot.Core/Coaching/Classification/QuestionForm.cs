namespace InterviewBot.Core.Coaching.Classification;

/// <summary>The grammatical shape of one clause, which decides open versus closed.</summary>
public enum QuestionForm
{
    /// <summary>Not a question: a statement, a lead-in ("if you think back to last spring"), a backchannel.</summary>
    None,

    /// <summary>Starts with a question word or an invitation to tell ("what…", "walk me through…").</summary>
    Open,

    /// <summary>Starts with an auxiliary (do/is/can/would…) or is an elliptical yes/no ("anything else…").</summary>
    Closed,

    /// <summary>A polite request to tell ("can you walk me through…", "do you remember what…"): open in effect.</summary>
    Request,
}
