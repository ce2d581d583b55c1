using KazakhArticle.Web.Localization;

namespace KazakhArticle.Web.Routing;

/// <summary><c>{lang:uilang}</c>: a route segment that is one of the interface's languages, and nothing else.</summary>
public sealed class InterfaceLanguageConstraint : IRouteConstraint
{
    public const string Name = "uilang";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string code && InterfaceLanguages.Codes.Contains(code, StringComparer.Ordinal);
}
