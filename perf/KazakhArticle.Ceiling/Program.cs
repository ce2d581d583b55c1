// What Kestrel alone does with the app's bytes: perf/load.sh runs this beside the app and nginx, so what the app adds
// (routing, the page cache, headers) is measured rather than guessed. No routing beyond one dictionary lookup, no
// middleware, no logging, no headers but the body's own.
//
// Usage: KazakhArticle.Ceiling <folder> <path>=<name> …  — serves <folder>/<name>.identity, and <name>.br or
// <name>.gzip to a client that accepts it, with the Content-Type in <name>.type (perf/load.sh writes these files).
using Microsoft.Extensions.Primitives;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: KazakhArticle.Ceiling <folder> <path>=<name> …");
    return 2;
}

var pages = new Dictionary<string, Page>(StringComparer.Ordinal);
foreach (var mapping in args.Skip(1))
{
    var (path, name) = mapping.Split('=', 2) is [var p, var n] ? (p, n) : throw new ArgumentException($"not <path>=<name>: {mapping}");
    byte[]? Read(string coding) => File.Exists(Path.Combine(args[0], $"{name}.{coding}")) ? File.ReadAllBytes(Path.Combine(args[0], $"{name}.{coding}")) : null;
    pages[path] = new Page(File.ReadAllText(Path.Combine(args[0], $"{name}.type")).Trim(), Read("identity")!, Read("br"), Read("gzip"));
}

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
var app = builder.Build();
app.Run(context =>
{
    var response = context.Response;
    if (!pages.TryGetValue(context.Request.Path.Value ?? "", out var page))
    {
        response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    var accepts = context.Request.Headers.AcceptEncoding;
    var (coding, body) = Accepts(accepts, "br") && page.Br is { } br ? ("br", br)
        : Accepts(accepts, "gzip") && page.Gzip is { } gzip ? ("gzip", gzip)
        : (null, page.Identity);
    response.ContentType = page.ContentType;
    if (coding is not null)
    {
        response.Headers.ContentEncoding = coding;
    }

    response.ContentLength = body.Length;
    return response.Body.WriteAsync(body).AsTask();
});
app.Run();
return 0;

static bool Accepts(StringValues acceptEncoding, string coding) =>
    acceptEncoding.ToString().Contains(coding, StringComparison.OrdinalIgnoreCase);

internal sealed record Page(string ContentType, byte[] Identity, byte[]? Br, byte[]? Gzip);
