using KazakhArticle.Core.Annotations;

namespace KazakhArticle.Core.Tests.Annotations;

public sealed class AnnotationsJsonTests
{
    private static readonly Localized Label = new(new Dictionary<string, string> { ["ar"] = "حدث", ["en"] = "An event" });

    [Fact]
    public void No_annotations_are_stored_as_nothing_and_read_back_as_none()
    {
        Assert.Null(AnnotationsJson.Write(ArticleAnnotations.None));
        Assert.Same(ArticleAnnotations.None, AnnotationsJson.Read(null));
        Assert.Same(ArticleAnnotations.None, AnnotationsJson.Read("null"));
    }

    [Fact]
    public void Annotations_read_back_as_they_were_written()
    {
        var annotations = ArticleAnnotations.None with { Events = [new DatedEvent("1991-12-16", Label, "one-p1")] };

        var json = AnnotationsJson.Write(annotations);

        Assert.NotNull(json);
        var read = AnnotationsJson.Read(json);
        Assert.Equal((1991, 12, 16, "An event", "one-p1"), (read.Events[0].Date.StartYear, read.Events[0].Date.Month, read.Events[0].Date.Day, read.Events[0].Label.In("en"), read.Events[0].Paragraph));
        Assert.False(read.IsEmpty);
    }

    [Fact]
    public void Annotations_with_only_events_or_only_figures_are_not_empty()
    {
        var figure = new KeyFigure("f", 1, "km", Label, "one-p1");

        Assert.False((ArticleAnnotations.None with { Events = [new DatedEvent("1918", Label, "one-p1")] }).IsEmpty);
        Assert.False((ArticleAnnotations.None with { Figures = [figure] }).IsEmpty);
    }

    [Fact]
    public void A_text_missing_in_a_language_is_given_in_another() =>
        Assert.Equal("حدث", new Localized(new Dictionary<string, string> { ["ar"] = "حدث" }).In("en"));
}
