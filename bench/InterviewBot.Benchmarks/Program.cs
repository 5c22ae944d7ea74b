using BenchmarkDotNet.Running;
using InterviewBot.Benchmarks.Load;

// "load" drives the server over HTTP, "media" streams live audio into a server in another process, "journal" the durable
// journal and session grains, "decision" the coach after a final phrase, "classifier" the coach per utterance on one
// thread, "synthesis" synthesize over 50 interviews; everything else is BenchmarkDotNet.
if (args.Length > 0 && args[0] == "load") return await ActivityLoad.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "media") return await InterviewBot.Benchmarks.Media.MediaLoad.RunAsync(args[1..], Console.Out);
if (args.Length > 0 && args[0] == "decision") return InterviewBot.Benchmarks.Decision.NudgeDecisionLoad.Run(args[1..]);
if (args.Length > 0 && args[0] == "classifier") return InterviewBot.Benchmarks.Coaching.ClassifierThroughput.Run(args[1..]);
if (args.Length > 0 && args[0] == "journal") return await InterviewBot.Benchmarks.Cluster.JournalLoad.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "synthesis") return InterviewBot.Benchmarks.Synthesis.SynthesisLoad.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(ActivityLoad).Assembly).Run(args);
return 0;
