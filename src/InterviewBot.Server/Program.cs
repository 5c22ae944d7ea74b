using InterviewBot.Server;

var app = ServerApp.Build(args);
await app.RunAsync().ConfigureAwait(false);
