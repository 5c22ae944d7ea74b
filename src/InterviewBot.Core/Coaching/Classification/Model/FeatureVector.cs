namespace InterviewBot.Core.Coaching.Classification.Model;

/// <summary>A sparse feature vector: bucket indices and their values (an index may repeat; values add up).</summary>
public sealed record FeatureVector(int[] Indices, float[] Values)
{
    public int Count => Indices.Length;
}
