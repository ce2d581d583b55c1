[assembly: System.Resources.NeutralResourcesLanguage("ar")]

namespace KazakhArticle.Web.Localization;

/// <summary>
/// The interface's words. <c>UiText.resx</c> holds the Arabic (the fallback language),
/// <c>UiText.en.resx</c> the English; every key is in both.
/// </summary>
public sealed class UiText;
