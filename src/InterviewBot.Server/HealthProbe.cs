namespace InterviewBot.Server;

/// <summary>One GET of the health endpoint: exit code 0 when it answers 2xx within three seconds, 1 otherwise.</summary>
internal static class HealthProbe
{
    public static async Task<int> RunAsync(Uri url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await http.GetAsync(url).ConfigureAwait(false);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return 1;
        }
    }
}
