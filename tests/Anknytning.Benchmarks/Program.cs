using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// Reports go beside the build output (bin/ is ignored), not into the working tree.
var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(Anknytning.Benchmarks.SearchBenchmarks).Assembly).Run(args, config);
