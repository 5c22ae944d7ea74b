using InterviewBot.Server;

// The container's HEALTHCHECK runs this same program as a probe: the runtime image has no curl.
if (args is ["--health-probe", var url]) return await HealthProbe.RunAsync(new Uri(url)).ConfigureAwait(false);

var app = ServerApp.Build(args);
await app.RunAsync().ConfigureAwait(false);
return 0;
