namespace Anknytning.Content;

/// <summary>An http(s) or mailto link in a lesson: allowed, not followed, listed so someone can check them now and then.</summary>
public sealed record ExternalLink(string LessonId, string Url, string File, int Line);

/// <summary>The lesson catalogue, read from <c>content/</c> once at start-up and immutable afterwards.</summary>
public sealed class LessonCatalog : ILessonCatalog
{
    private static readonly string[] Languages = ["sv", "da"];

    private readonly Dictionary<string, Theme> themesByAddress = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Source> sourcesByAddress = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Lesson> lessonsByAddress = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IReadOnlyList<Lesson>> lessonsByTheme = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Lesson>> lessonsBySource = new(StringComparer.Ordinal);

    private LessonCatalog(
        IReadOnlyList<Theme> themes, IReadOnlyList<Source> sources, IReadOnlyList<Lesson> lessons, IReadOnlyList<ExternalLink> externalLinks)
    {
        Themes = themes;
        Sources = sources;
        Lessons = lessons;
        ExternalLinks = externalLinks;
        foreach (var theme in themes)
        {
            foreach (var address in theme.Aliases.Prepend(theme.Id))
            {
                themesByAddress[address] = theme;
            }

            lessonsByTheme[theme.Id] = [.. lessons.Where(l => l.ThemeIds.Contains(theme.Id))];
        }

        foreach (var source in sources)
        {
            foreach (var address in source.Aliases.Prepend(source.Id))
            {
                sourcesByAddress[address] = source;
            }

            lessonsBySource[source.Id] = [.. lessons.Where(l => l.SourceId == source.Id)];
        }

        foreach (var lesson in lessons)
        {
            foreach (var address in lesson.Aliases.Prepend(lesson.Id))
            {
                lessonsByAddress[address] = lesson;
            }
        }
    }

    public IReadOnlyList<Theme> Themes { get; }

    public IReadOnlyList<Source> Sources { get; }

    public IReadOnlyList<Lesson> Lessons { get; }

    /// <summary>Every link that leaves the site, in lesson order.</summary>
    public IReadOnlyList<ExternalLink> ExternalLinks { get; }

    /// <summary>
    /// Reads themes.yml, sources.yml, figures/*.svg, sv/*.md and da/*.md under <paramref name="contentRoot"/>
    /// and checks all of it.
    /// </summary>
    /// <exception cref="ContentException">The content has mistakes; the message lists every one as "file:line: what".</exception>
    public static LessonCatalog Load(string contentRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRoot);
        var root = Path.GetFullPath(contentRoot);
        if (!Directory.Exists(root))
        {
            throw new ContentException([new ContentError(root, 0, "content folder not found")]);
        }

        var errors = new ContentErrors(root);

        var themeBook = new AddressBook<Theme>("theme id or alias");
        var themes = ThemesFile.Read(root, themeBook, errors);
        var sourceBook = new AddressBook<Source>("source id or alias");
        var sources = SourcesFile.Read(root, sourceBook, errors);
        var figures = SvgFigure.ReadAll(root, errors);

        var files = new List<LessonFile>();
        foreach (var language in Languages)
        {
            var folder = Path.Combine(root, language);
            if (Directory.Exists(folder))
            {
                files.AddRange(Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal)
                    .Select(path => LessonFile.Read(path, language, root, figures, errors)));
            }
        }

        var lessonBook = new AddressBook<LessonFile>("lesson id or alias");
        var orders = new Dictionary<(string Source, int Order), string>();
        foreach (var file in files)
        {
            CheckAcrossLessons(file, lessonBook, themeBook, sourceBook, orders, errors);
        }

        var externalLinks = new List<ExternalLink>();
        foreach (var file in files)
        {
            foreach (var link in file.Links)
            {
                CheckLink(file, link, lessonBook, themeBook, sourceBook, externalLinks, errors);
            }
        }

        errors.ThrowIfAny();

        var lessons = files
            .Select(file => ToLesson(file, themeBook, sourceBook.Find(file.Meta.Source!)!))
            .OrderBy(lesson => sources.FindIndex(s => s.Id == lesson.SourceId))
            .ThenBy(lesson => lesson.Order)
            .ToList();
        return new LessonCatalog(
            [.. themes.OrderBy(t => t.Order).ThenBy(t => t.Id, StringComparer.Ordinal)], sources, lessons, externalLinks);
    }

    public Theme? FindTheme(string id) => themesByAddress.GetValueOrDefault(id);

    public Source? FindSource(string id) => sourcesByAddress.GetValueOrDefault(id);

    public Lesson? FindLesson(string id) => lessonsByAddress.GetValueOrDefault(id);

    public IReadOnlyList<Lesson> LessonsInTheme(string themeId) =>
        FindTheme(themeId) is { } theme ? lessonsByTheme[theme.Id] : [];

    public IReadOnlyList<Lesson> LessonsInSource(string sourceId) =>
        FindSource(sourceId) is { } source ? lessonsBySource[source.Id] : [];

    public Lesson? LessonBefore(Lesson lesson) => Neighbour(lesson, -1);

    public Lesson? LessonAfter(Lesson lesson) => Neighbour(lesson, +1);

    private Lesson? Neighbour(Lesson lesson, int step)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        var inSource = LessonsInSource(lesson.SourceId);
        var index = -1;
        for (var i = 0; i < inSource.Count; i++)
        {
            if (inSource[i].Id == lesson.Id)
            {
                index = i + step;
                break;
            }
        }

        return index >= 0 && index < inSource.Count ? inSource[index] : null;
    }

    private static void CheckAcrossLessons(
        LessonFile file,
        AddressBook<LessonFile> lessons,
        AddressBook<Theme> themes,
        AddressBook<Source> sources,
        Dictionary<(string Source, int Order), string> orders,
        ContentErrors errors)
    {
        var meta = file.Meta;
        var fields = file.Fields;
        if (ContentId.IsValid(meta.Id))
        {
            lessons.Add(meta.Id!, file, file.Path, fields["id"], errors);
        }

        var aliases = meta.Aliases ?? [];
        for (var i = 0; i < aliases.Count; i++)
        {
            if (ContentId.IsValid(aliases[i]))
            {
                lessons.Add(aliases[i], file, file.Path, fields[$"aliases.{i}"], errors);
            }
        }

        var themeIds = meta.Themes ?? [];
        for (var i = 0; i < themeIds.Count; i++)
        {
            if (themes.Find(themeIds[i] ?? "") is null)
            {
                errors.Add(file.Path, fields[$"themes.{i}"], $"unknown theme '{themeIds[i]}': it is not in themes.yml");
            }
        }

        if (meta.Source is null)
        {
            return;
        }

        if (sources.Find(meta.Source) is not { } source)
        {
            errors.Add(file.Path, fields["source"], $"unknown source '{meta.Source}': it is not in sources.yml");
            return;
        }

        if (meta.Language is "sv" or "da" && source.Language is "sv" or "da" && meta.Language != source.Language)
        {
            errors.Add(file.Path, fields["language"], $"language '{meta.Language}' differs from the language of source '{source.Id}' ({source.Language})");
        }

        if (meta.Order is > 0 and var order)
        {
            var where = $"{errors.Display(file.Path)}:{fields["order"]}";
            if (!orders.TryAdd((source.Id, order), where))
            {
                errors.Add(file.Path, fields["order"], $"order {order} is already used in source '{source.Id}' by {orders[(source.Id, order)]}");
            }
        }
    }

    // In-site links must land: /lektion/{id}[#{element}], /tema/{id}, /original/{id} or #{element} in the same lesson.
    private static void CheckLink(
        LessonFile file,
        LinkUse link,
        AddressBook<LessonFile> lessons,
        AddressBook<Theme> themes,
        AddressBook<Source> sources,
        List<ExternalLink> externalLinks,
        ContentErrors errors)
    {
        var url = link.Url;
        if (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            externalLinks.Add(new ExternalLink(file.Meta.Id ?? "", url, errors.Display(file.Path), link.Line));
            return;
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var address = hash < 0 ? url : url[..hash];
        var fragment = hash < 0 ? null : url[(hash + 1)..];
        var problem = address switch
        {
            "" when fragment is null => "the link has no address",
            "" => MissingElement(file, fragment!, "this lesson"),
            _ when address.StartsWith("/lektion/", StringComparison.Ordinal) =>
                lessons.Find(address["/lektion/".Length..]) is { } target
                    ? fragment is null ? null : MissingElement(target, fragment, $"lesson '{target.Meta.Id}'")
                    : $"no lesson has the id or alias '{address["/lektion/".Length..]}'",
            _ when address.StartsWith("/tema/", StringComparison.Ordinal) =>
                themes.Find(address["/tema/".Length..]) is null
                    ? $"no theme has the id or alias '{address["/tema/".Length..]}'"
                    : NoFragment(fragment),
            _ when address.StartsWith("/original/", StringComparison.Ordinal) =>
                sources.Find(address["/original/".Length..]) is null
                    ? $"no source has the id or alias '{address["/original/".Length..]}'"
                    : NoFragment(fragment),
            _ => "links inside the site are /lektion/{id}, /lektion/{id}#{id}, #{id}, /tema/{id} or /original/{id}; links out start with https://",
        };
        if (problem is not null)
        {
            errors.Add(file.Path, link.Line, $"link '{url}' does not resolve: {problem}");
        }
    }

    private static string? MissingElement(LessonFile lesson, string fragment, string where) =>
        lesson.ElementIds.ContainsKey(fragment) ? null : $"{where} has no element with id '{fragment}'";

    private static string? NoFragment(string? fragment) =>
        fragment is null ? null : "theme and source pages have no sections to link to; drop the #…";

    private static Lesson ToLesson(LessonFile file, AddressBook<Theme> themes, Source source)
    {
        var meta = file.Meta;
        var lesson = new Lesson(
            meta.Id!,
            meta.Title!.Trim(),
            meta.Language!,
            [.. meta.Themes!.Select(t => themes.Find(t)!.Id).Distinct()],
            source.Id,
            meta.Order!.Value,
            meta.Summary!.Trim(),
            meta.Aliases ?? [],
            file.Sections,
            0,
            file.Path);
        return lesson with { Words = PlainText.CountWords(lesson.Text), SuggestedDuring = file.SuggestedDuring };
    }
}
