using Anknytning.Content;
using Anknytning.Web.Features.Search;

namespace Anknytning.Web.Tests.Features.Search;

/// <summary>The real lessons (copied beside the tests by the build) and one search index over them, per test class.</summary>
public sealed class RealLessons : IDisposable
{
    public RealLessons()
    {
        Catalog = LessonCatalog.Load(Path.Combine(AppContext.BaseDirectory, "content"));
        Search = new LessonSearch(Catalog);
    }

    public ILessonCatalog Catalog { get; }

    public LessonSearch Search { get; }

    public void Dispose() => Search.Dispose();
}
