namespace InterviewBot.Training.Evaluation;

/// <summary>True positives, false positives and false negatives of one label under one method; mutable while counting.</summary>
public sealed class LabelCounts
{
    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public int Support => TruePositives + FalseNegatives;

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => Support == 0 ? 1 : (double)TruePositives / Support;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(bool gold, bool predicted)
    {
        if (gold && predicted) TruePositives++;
        else if (predicted) FalsePositives++;
        else if (gold) FalseNegatives++;
    }
}
