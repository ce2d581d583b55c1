using KazakhArticle.Web.Tests.Support;

namespace KazakhArticle.Web.Tests.Hosting;

/// <summary>A start that cannot make its database says where (issue 11: a crash loop whose error named no path).</summary>
public sealed class StartupTests
{
    [Fact]
    public void A_database_that_cannot_be_created_fails_the_start_naming_its_path()
    {
        // A folder where a file is: not writable for anyone, root included (the tests may run as root).
        var file = Path.GetTempFileName();
        var database = Path.Combine(file, "data", "reader.db");
        try
        {
            using var app = new UnwritableDatabaseAppFactory(database);

            var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

            var message = string.Join(" ", Flatten(error).Select(e => e.Message));
            Assert.Contains(database, message, StringComparison.Ordinal);
            Assert.Contains("Reader:DatabasePath", message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static IEnumerable<Exception> Flatten(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }

    private sealed class UnwritableDatabaseAppFactory(string databasePath) : ReaderAppFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Reader:DatabasePath"] = databasePath };
    }
}
