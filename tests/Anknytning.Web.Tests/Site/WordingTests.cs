using System.Globalization;
using System.Resources;
using Anknytning.Web.Features.Journal;
using Anknytning.Web.Features.Progress;

namespace Anknytning.Web.Tests.Site;

/// <summary>One word for one thing across the features, in each language.</summary>
public sealed class WordingTests
{
    [Theory]
    [InlineData("sv")]
    [InlineData("da")]
    public void Cancel_is_one_word_everywhere(string language)
    {
        var culture = new CultureInfo(language);
        var words = new[] { typeof(JournalText), typeof(ProgressText) }
            .Select(marker => new ResourceManager(marker.FullName!, marker.Assembly).GetString("Cancel", culture))
            .ToList();

        Assert.All(words, Assert.NotNull);
        Assert.Single(words.Distinct());
    }
}
