using Anknytning.Content;
using Anknytning.Web.Features.Search;
using BenchmarkDotNet.Attributes;

namespace Anknytning.Benchmarks;

/// <summary>One search over every section of every lesson, as the results page runs it: query, rank, filter, snippets.</summary>
[MemoryDiagnoser]
[Config(typeof(PercentileConfig))]
public class SearchBenchmarks : IDisposable
{
    private LessonSearch search = default!;

    [Params("spejling", "otrygg anknytning orsaker", "hvordan trøster jeg", "foraldrar narhet")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Build() =>
        search = new LessonSearch(LessonCatalog.Load(Path.Combine(AppContext.BaseDirectory, "content")));

    [Benchmark]
    public int Search() => search.Search(Query).Count;

    [GlobalCleanup]
    public void Dispose()
    {
        search.Dispose();
        GC.SuppressFinalize(this);
    }
}
