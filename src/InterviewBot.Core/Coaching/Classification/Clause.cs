namespace InterviewBot.Core.Coaching.Classification;

/// <summary>One clause of an utterance (normalized text) and its question form.</summary>
public readonly record struct Clause(string Text, QuestionForm Form)
{
    public bool IsQuestion => Form != QuestionForm.None;
}
