using KazakhArticle.Core.Annotations;

namespace KazakhArticle.Web.Components.Reading.Timeline;

/// <summary>An event as the timeline shows it: its date, the date and label in the reader's language, and its paragraph's link.</summary>
public sealed record TimelineEvent(EventDate Date, string When, string Label, string Href);
