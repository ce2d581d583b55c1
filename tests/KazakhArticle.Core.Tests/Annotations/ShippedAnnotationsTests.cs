using KazakhArticle.Core.Annotations;
using KazakhArticle.Core.Content;
using KazakhArticle.Core.Tests.Support;

namespace KazakhArticle.Core.Tests.Annotations;

/// <summary>The shipped article's annotations: read and borne out by its text, and the facts in them plausible.</summary>
public sealed class ShippedAnnotationsTests
{
    private static readonly ArticleContent Article =
        Assert.Single(ContentLibrary.Read(RepositoryPaths.Content, TestLinks.Article, TestLinks.Entity), r => r.Slug == Shipped.Slug).Article
        ?? throw new InvalidOperationException("the shipped article does not read");

    private static ArticleAnnotations Annotations => Article.Annotations;

    [Fact]
    public void Every_kind_is_there_and_every_entity_is_named_in_both_editions()
    {
        Assert.Equal(Enum.GetValues<EntityKind>(), Annotations.Entities.Select(e => e.Kind).Distinct().Order());
        Assert.All(Annotations.Entities, e => Assert.All(["ar", "en"], language => Assert.NotEmpty(e.MentionsIn(language))));
        Assert.True(Annotations.Events.Count >= 20, $"{Annotations.Events.Count} events");
        Assert.True(Annotations.Figures.Count >= 15, $"{Annotations.Figures.Count} figures");
    }

    [Fact]
    public void The_places_the_issue_names_are_on_the_map()
    {
        var places = Annotations.Entities.Where(e => e.At is not null).Select(e => e.Id).ToList();

        Assert.Superset(new HashSet<string> { "almaty", "astana", "baikonur", "semipalatinsk", "tengiz", "kashagan", "caspian-sea" }, places.ToHashSet());
    }

    [Fact]
    public void Coordinates_are_latitude_then_longitude_from_arabia_to_siberia()
    {
        // A swapped pair (76.89, 43.24) would put Almaty in the Arctic Ocean.
        Assert.All(Annotations.Entities.Where(e => e.At is not null), e =>
        {
            Assert.InRange(e.At!.Latitude, 20, 60);
            Assert.InRange(e.At.Longitude, 25, 140);
        });
        var almaty = Annotations.Find("almaty")!.At!;
        var astana = Annotations.Find("astana")!.At!;
        Assert.True(almaty.Latitude < astana.Latitude && almaty.Longitude > astana.Longitude, "Almaty is south-east of Astana");
    }

    [Fact]
    public void The_timeline_runs_from_the_thirteenth_century_to_2022()
    {
        var dates = Annotations.Events.Select(e => e.Date).ToList();

        Assert.Equal(1201, dates.Min(d => d.StartYear));
        Assert.Equal(2022, dates.Max(d => d.EndYear));
    }

    [Fact]
    public void Each_chart_draws_figures_of_one_unit()
    {
        Assert.Contains(Annotations.Charts, c => c.Id == "population");
        Assert.Contains(Annotations.Charts, c => c.Id == "borders");
        Assert.All(Annotations.Charts, chart => Assert.Single(Annotations.Figures.Where(f => f.Chart == chart.Id).Select(f => f.Unit).Distinct()));
    }

    [Fact]
    public void Descriptions_are_one_short_line()
    {
        Assert.All(Annotations.Entities, e => Assert.All(e.About.Texts.Values, about =>
        {
            Assert.DoesNotContain('\n', about);
            Assert.InRange(about.Length, 10, 160);
        }));
    }
}
