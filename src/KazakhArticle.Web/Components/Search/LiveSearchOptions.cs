namespace KazakhArticle.Web.Components.Search;

/// <summary>The live search (<c>Reader:LiveSearch</c>).</summary>
public sealed class LiveSearchOptions
{
    public const string Section = "Reader:LiveSearch";

    /// <summary>How long typing must pause before a search runs.</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a live search may sit unused before its connection is released.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
