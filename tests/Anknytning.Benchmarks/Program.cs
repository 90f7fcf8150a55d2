using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// `-- allocations TRACE.nettrace`: the allocation report (tests/tools/allocations.sh makes the trace).
if (args is ["allocations", var trace])
{
    return Anknytning.Benchmarks.AllocationReport.Print(trace, Console.Out);
}

// Reports go beside the build output (bin/ is ignored), not into the working tree.
var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(Anknytning.Benchmarks.SearchBenchmarks).Assembly).Run(args, config);
return 0;
