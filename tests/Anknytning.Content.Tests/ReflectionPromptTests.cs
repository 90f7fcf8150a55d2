namespace Anknytning.Content.Tests;

// Lessons written with ContentFolder.Lesson start their body on line 11; expected line numbers count from there.
public sealed class ReflectionPromptTests : IDisposable
{
    private readonly ContentFolder content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Prompts_belong_to_the_section_they_stand_in_in_order()
    {
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", """
            ## Första {#forsta-delen}

            Barnet har ett medfött behov.

            ::: reflektion {#din-narhet}
            Vad väcker texten om barnets behov av närhet hos dig?
            :::

            ::: reflektion {#din-barndom}
            Vem var nära dig
            när du var liten?

            Vad minns du av det?
            :::

            ## Andra {#andra-delen}

            Mer text.
            """));

        var sections = content.Load().FindLesson("forsta")!.Sections;

        Assert.Equal(
            [
                new ReflectionPrompt("din-narhet", "Vad väcker texten om barnets behov av närhet hos dig?"),
                new ReflectionPrompt("din-barndom", "Vem var nära dig när du var liten? Vad minns du av det?"),
            ],
            sections[0].Prompts);
        Assert.Empty(sections[1].Prompts);
    }

    [Fact]
    public void Prompts_are_removed_from_the_section_html_and_text()
    {
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", """
            ## Första {#forsta-delen}

            Före.

            ::: reflektion {#din-narhet}
            Vad väcker texten hos dig?
            :::

            Efter.
            """));

        var section = content.Load().FindLesson("forsta")!.Sections[0];

        Assert.Equal("<p>Före.</p>\n<p>Efter.</p>\n", section.Html);
        Assert.Equal("Före. Efter.", section.Text);
    }

    [Fact]
    public void A_section_may_hold_only_a_prompt()
    {
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", "## Första {#forsta-delen}\n\n::: reflektion {#din-tanke}\nVad tänker du?\n:::"));

        var section = content.Load().FindLesson("forsta")!.Sections[0];

        Assert.Equal("", section.Html);
        Assert.Equal("din-tanke", Assert.Single(section.Prompts).Id);
    }

    [Fact]
    public void Danish_lessons_may_also_write_refleksion()
    {
        content.With("da/heling.md", ContentFolder.Lesson(
            "heling",
            "## Heling {#heling}\n\nVi mennesker er fødte sociale flokdyr.\n\n::: refleksion {#din-tanke}\nHvad tænker du?\n:::\n\n::: reflektion {#din-krop}\nHvad mærker du?\n:::",
            language: "da",
            source: "tilknytning",
            themes: "[reglering]"));

        Assert.Equal(["din-tanke", "din-krop"], content.Load().FindLesson("heling")!.Sections[0].Prompts.Select(p => p.Id));
    }

    [Fact]
    public void Links_may_point_at_a_prompt()
    {
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", "## Första {#forsta-delen}\n\n[Fundera](#din-tanke).\n\n::: reflektion {#din-tanke}\nVad tänker du?\n:::"));

        Assert.NotNull(content.Load().FindLesson("forsta"));
    }

    [Theory]
    [InlineData("::: reflektion\nVad tänker du?\n:::", "content/sv/forsta.md:13: reflection prompt has no id")]
    [InlineData("::: reflektion {#x}\nVad tänker du?\n:::", "content/sv/forsta.md:13: '{#x}' was not read as an id: an id needs two or more characters")]
    [InlineData("::: reflektion din-tanke\nVad tänker du?\n:::", "content/sv/forsta.md:13: 'din-tanke' after '::: reflektion' is not read: write the prompt's id as {#an-id}")]
    [InlineData("::: reflektion {#Din_tanke}\nVad tänker du?\n:::", "content/sv/forsta.md:13: prompt id 'Din_tanke' must be lowercase letters")]
    [InlineData("::: reflektion {#ett}\nVad tänker du?\n:::", "content/sv/forsta.md:13: duplicate prompt id 'ett' (first used on line 11)")]
    [InlineData("::: reflektion {#din-tanke}\nVad?\n:::\n\n::: reflektion {#din-tanke}\nOch?\n:::", "content/sv/forsta.md:17: duplicate prompt id 'din-tanke' (first used on line 13)")]
    [InlineData("::: reflektion {#din-tanke}\nVad?\n:::\n\n## B {#din-tanke}\n\nText.", "content/sv/forsta.md:17: duplicate section id 'din-tanke' (first used on line 13)")]
    [InlineData("::: reflektion {#ref-1}\nVad?\n:::\n\n- Källa {#ref-1}", "content/sv/forsta.md:17: duplicate id 'ref-1' (first used on line 13)")]
    [InlineData("::: reflektion {#din-tanke}\n:::", "content/sv/forsta.md:13: reflection prompt has no text")]
    [InlineData("::: reflektion {#din-tanke}\nVad?\n\n## B {#tva}\n\nText.", "content/sv/forsta.md:13: reflection prompt is not closed: end it with a line holding only :::")]
    [InlineData("::: reflektion {#din-tanke}\n### Fråga\n\nVad?\n:::", "content/sv/forsta.md:14: a reflection prompt holds plain text only: no headings, lists")]
    [InlineData("::: reflektion {#din-tanke}\nVad?\n\n- ett\n- två\n:::", "content/sv/forsta.md:16: a reflection prompt holds plain text only: no headings, lists")]
    [InlineData("::: reflektion {#din-tanke}\nVad *känner* du?\n:::", "content/sv/forsta.md:14: a reflection prompt holds plain text only: no emphasis, links")]
    [InlineData("::: reflektion {#din-tanke}\nLäs [här](#ett).\n:::", "content/sv/forsta.md:14: a reflection prompt holds plain text only: no emphasis, links")]
    [InlineData("::: reflektion {#din-tanke}\nVad känner du? {#fraga}\n:::", "content/sv/forsta.md:14: a reflection prompt's id goes on its first line")]
    [InlineData("::: reflection {#din-tanke}\nVad?\n:::", "content/sv/forsta.md:13: unknown container '::: reflection': the only one is '::: reflektion'")]
    [InlineData("::: refleksion {#din-tanke}\nVad?\n:::", "content/sv/forsta.md:13: unknown container '::: refleksion'")]
    [InlineData("> ::: reflektion {#din-tanke}\n> Vad?\n> :::", "content/sv/forsta.md:13: a reflection prompt cannot stand inside a list, quote or another container")]
    public void Prompt_mistake_names_file_and_line(string prompt, string expected)
    {
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", "## A {#ett}\n\n" + prompt));

        Assert.Contains(content.Errors(), e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_prompt_in_an_unclosed_container_reports_only_that()
    {
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", "## A {#ett}\n\n::: reflektion {#din-tanke}\nVad?\n\n## B {#tva}\n\nText."));

        Assert.Equal(["content/sv/forsta.md:13: reflection prompt is not closed: end it with a line holding only :::"], content.Errors());
    }

    [Fact]
    public void A_prompt_of_300_characters_is_accepted_and_a_longer_one_is_not()
    {
        var question = new string('a', 299) + "?";
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", $"## A {{#ett}}\n\n::: reflektion {{#lang}}\n{question}\n:::"));
        Assert.Equal(question, Assert.Single(content.Load().FindLesson("forsta")!.Sections[0].Prompts).Text);

        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", $"## A {{#ett}}\n\n::: reflektion {{#lang}}\nOch {question}\n:::"));
        Assert.Equal(
            ["content/sv/forsta.md:13: reflection prompt is 304 characters long; keep it to 300, a question a parent can answer in a few lines"],
            content.Errors());
    }
}
