using Anknytning.Content;
using Anknytning.Web.Features.Lessons;
using Anknytning.Web.Features.Sharing;
using Bunit;

namespace Anknytning.Web.Tests.Features.Sharing;

public sealed class SharedAddressTests : ComponentTest
{
    [Fact]
    public void Shared_address_shows_the_address_without_its_scheme_and_a_code_that_holds_all_of_it()
    {
        var shared = Render<SharedAddress>(p => p
            .Add(c => c.Address, new Uri("https://anknytning.se/a/relationen-til-omsorgspersonen"))
            .Add(c => c.Label, "QR-kod med adressen till Heling i relationen"));

        var text = shared.Find(".shared-address-text");
        Assert.Equal("anknytning.se/a/relationen-til-omsorgspersonen", text.TextContent.Trim());
        Assert.Equal("https://anknytning.se/a/relationen-til-omsorgspersonen", text.QuerySelector("a")!.GetAttribute("href"));
        // A long address may break only after its slashes.
        Assert.Equal(3, text.QuerySelectorAll("wbr").Length);
        Assert.Equal("QR-kod med adressen till Heling i relationen", shared.Find("svg").GetAttribute("aria-label"));
        Assert.Equal("https://anknytning.se/a/relationen-til-omsorgspersonen", QrCodeReader.Decode(shared.Find("svg")));
    }

    [Fact]
    public void Section_heading_in_a_lesson_links_to_the_sections_share_page_beside_its_hash()
    {
        var section = new Section("graenser", "Grænser", 2, "<p>Tekst.</p>", []);

        var inLesson = Render<SectionHeading>(p => p.Add(c => c.Section, section).Add(c => c.LessonId, "personlighed"));
        var elsewhere = Render<SectionHeading>(p => p.Add(c => c.Section, section));

        var links = inLesson.FindAll("h2 > a");
        Assert.Equal(["section-link", "share-link"], links.Select(a => a.ClassName));
        Assert.Equal("/dela/personlighed/graenser", links[1].GetAttribute("href"));
        Assert.Equal("Dela avsnittet", links[1].TextContent);
        Assert.Empty(elsewhere.FindAll("a.share-link"));
    }

    [Fact]
    public void Share_link_speaks_danish_in_the_danish_interface()
    {
        Speak("da");
        var heading = Render<SectionHeading>(p => p
            .Add(c => c.Section, new Section("graenser", "Grænser", 2, "<p>Tekst.</p>", []))
            .Add(c => c.LessonId, "personlighed"));

        Assert.Equal("Del afsnittet", heading.Find("a.share-link").TextContent);
        Assert.Equal("da", heading.Find("a.share-link").GetAttribute("lang"));
    }
}
