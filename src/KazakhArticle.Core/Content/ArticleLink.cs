namespace KazakhArticle.Core.Content;

/// <summary>
/// The URL of an article's page in one edition, for the links the parser writes into an edition's HTML (a translator's
/// note and the place that refers to it). The site's URL shapes belong to the web project, which passes this to the
/// importer; Core only fills it in. The HTML is stored, so a change to the shape needs a new cache version
/// (<see cref="Storage.ReaderDatabase"/>): an article whose files did not change is not parsed again.
/// </summary>
public delegate string ArticleLink(string slug, string language);
